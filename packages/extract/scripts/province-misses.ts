/**
 * Lists the real pages' province misses among the events the extractor finds (an event it never
 * finds is an events miss, not listed), with where each reading came from, and the province
 * figure on all pages and on the held-out batch (HELD_OUT_BATCHES' last, as `pnpm eval` prints it):
 *
 *   node --conditions=@vanban/source scripts/province-misses.ts [page id prefix]
 *
 * Events are matched to gold as `score.ts` matches them (same kind, the same date first).
 */
import fs from 'node:fs'
import path from 'node:path'
import { resolveProvince } from '@vanban/core'
import { extractArticle, toGold } from '../src/index.ts'
import { HELD_OUT_BATCHES, inBatch, readGold, readPageUrls } from './eval.ts'
import { matchEvent } from './score.ts'

const HELD_OUT = HELD_OUT_BATCHES[HELD_OUT_BATCHES.length - 1]!
const dir = path.resolve(import.meta.dirname, '..', 'fixtures-real')
const urls = readPageUrls(dir)
const only = process.argv[2]
const key = (p: string | null | undefined): string | null =>
  p == null ? null : /^\d{2}$/.test(p) ? p : (resolveProvince(p)?.today.code ?? p)

const tally = { all: [0, 0], heldOut: [0, 0], found: [0, 0] }
const count = (t: number[], ok: boolean) => {
  t[0]! += ok ? 1 : 0
  t[1]! += 1
}
for (const [file, gold] of readGold(dir)) {
  const id = file.replace(/\.json$/, '')
  const url = urls.get(id)
  const text = fs.readFileSync(path.join(dir, 'articles', `${id}.txt`), 'utf8')
  const extraction = extractArticle(text, url === undefined ? {} : { url })
  const predicted = toGold(extraction).events ?? []
  const heldOut = inBatch(HELD_OUT)(id)
  const used = new Set<number>()
  for (const ge of gold.events ?? []) {
    if (ge.province === undefined) continue
    const best = matchEvent(ge, predicted, used)
    const ok = best >= 0 && key(ge.province) === key(predicted[best]!.province ?? null)
    count(tally.all, ok)
    if (heldOut) count(tally.heldOut, ok)
    if (best < 0) continue
    used.add(best)
    count(tally.found, ok)
    const event = extraction.events[best]!
    if (!ok && (only === undefined || id.startsWith(only)))
      console.log(
        `${id} ${ge.kind}@${ge.date} gold=${ge.province ?? null} got=${event.province?.name ?? null}` +
          ` (${event.province?.source ?? '-'}) organizer=${event.organizer} location=${event.location} url=${url}`,
      )
  }
}
const figure = ([ok, n]: number[]) => `${ok}/${n} = ${(ok! / n!).toFixed(3)}`
console.log(
  `province: all ${figure(tally.all)}; found events ${figure(tally.found)}; ${HELD_OUT.name} ${figure(tally.heldOut)}`,
)
