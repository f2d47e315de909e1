/**
 * Lists the real pages' organiser misses among the events the extractor finds (an event it never
 * finds is an events miss, not listed), gold beside what was read, and the organiser figure on all
 * pages, on the found events and on the held-out batch (HELD_OUT_BATCHES' last):
 *
 *   node --conditions=@vanban/source scripts/organizer-misses.ts [page id prefix]
 *
 * Events are matched to gold as `score.ts` matches them (same kind, the same date first); an
 * organiser matches when one contains the other after `normalizeText`, as the scorer has it.
 */
import { normalizeText } from '@vanban/core'
import { HELD_OUT_BATCHES, inBatch } from './eval.ts'
import { count, figure, matchedEvents, type Tally } from './matched-events.ts'

const HELD_OUT = HELD_OUT_BATCHES[HELD_OUT_BATCHES.length - 1]!
const only = process.argv[2]
const norm = (s: string | null | undefined): string | null =>
  s == null ? null : normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim()
const overlaps = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const x = norm(a)
  const y = norm(b)
  if (x === null || y === null) return x === y
  return x.includes(y) || y.includes(x)
}

const tally: Record<'all' | 'heldOut' | 'found', Tally> = {
  all: { right: 0, of: 0 },
  heldOut: { right: 0, of: 0 },
  found: { right: 0, of: 0 },
}
for (const { id, predicted, gold, best } of matchedEvents()) {
  if (gold.organizer == null) continue
  const got = best < 0 ? null : (predicted[best]!.organizer ?? null)
  const ok = best >= 0 && overlaps(gold.organizer, got)
  count(tally.all, ok)
  if (inBatch(HELD_OUT)(id)) count(tally.heldOut, ok)
  if (best < 0) continue
  count(tally.found, ok)
  if (!ok && (only === undefined || id.startsWith(only)))
    console.log(`${id} ${gold.kind}@${gold.date}\n  gold=${gold.organizer}\n  got =${got}`)
}
console.log(
  `organizer: all ${figure(tally.all)}; found events ${figure(tally.found)}; ${HELD_OUT.name} ${figure(tally.heldOut)}`,
)
