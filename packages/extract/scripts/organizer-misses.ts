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
import fs from 'node:fs'
import path from 'node:path'
import { normalizeText } from '@vanban/core'
import { extractArticle, toGold } from '../src/index.ts'
import { HELD_OUT_BATCHES, inBatch, readGold, readPageUrls } from './eval.ts'
import { matchEvent } from './score.ts'

const HELD_OUT = HELD_OUT_BATCHES[HELD_OUT_BATCHES.length - 1]!
const dir = path.resolve(import.meta.dirname, '..', 'fixtures-real')
const urls = readPageUrls(dir)
const only = process.argv[2]
const norm = (s: string | null | undefined): string | null =>
  s == null ? null : normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim()
const overlaps = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const x = norm(a)
  const y = norm(b)
  if (x === null || y === null) return x === y
  return x.includes(y) || y.includes(x)
}

const tally = { all: [0, 0], heldOut: [0, 0], found: [0, 0] }
const count = (t: number[], ok: boolean) => {
  t[0]! += ok ? 1 : 0
  t[1]! += 1
}
for (const [file, gold] of readGold(dir)) {
  const id = file.replace(/\.json$/, '')
  const url = urls.get(id)
  const text = fs.readFileSync(path.join(dir, 'articles', `${id}.txt`), 'utf8')
  const predicted = toGold(extractArticle(text, url === undefined ? {} : { url })).events ?? []
  const heldOut = inBatch(HELD_OUT)(id)
  const used = new Set<number>()
  for (const ge of gold.events ?? []) {
    const best = matchEvent(ge, predicted, used)
    if (best >= 0) used.add(best)
    if (ge.organizer == null) continue
    const got = best < 0 ? null : (predicted[best]!.organizer ?? null)
    const ok = best >= 0 && overlaps(ge.organizer, got)
    count(tally.all, ok)
    if (heldOut) count(tally.heldOut, ok)
    if (best < 0) continue
    count(tally.found, ok)
    if (!ok && (only === undefined || id.startsWith(only)))
      console.log(`${id} ${ge.kind}@${ge.date}\n  gold=${ge.organizer}\n  got =${got}`)
  }
}
const figure = ([ok, n]: number[]) => `${ok}/${n} = ${(ok! / n!).toFixed(3)}`
console.log(
  `organizer: all ${figure(tally.all)}; found events ${figure(tally.found)}; ${HELD_OUT.name} ${figure(tally.heldOut)}`,
)
