/**
 * Lists the real pages' province misses among the events the extractor finds (an event it never
 * finds is an events miss, not listed), with where each reading came from, and the province
 * figure on all pages and on the held-out batch 11 (r189–r224):
 *
 *   node --conditions=@vanban/source scripts/province-misses.ts [page id prefix]
 *
 * Events are matched to gold as `score.ts` matches them (same kind, the same date first).
 */
import fs from 'node:fs'
import path from 'node:path'
import { resolveProvince } from '@vanban/core'
import { extractArticle, toGold } from '../src/index.ts'
import { readGold, readPageUrls } from './eval.ts'

const HELD_OUT_FROM = 189
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
  const heldOut = Number.parseInt(id.slice(1), 10) >= HELD_OUT_FROM
  const used = new Set<number>()
  for (const ge of gold.events ?? []) {
    if (ge.province === undefined) continue
    let best = -1
    for (let i = 0; i < predicted.length; i++) {
      const pe = predicted[i]!
      if (used.has(i) || pe.kind !== ge.kind) continue
      const sameDate = (pe.date ?? null) === (ge.date ?? null)
      if (best < 0 || (sameDate && (predicted[best]!.date ?? null) !== (ge.date ?? null))) best = i
    }
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
  `province: all ${figure(tally.all)}; found events ${figure(tally.found)}; batch 11 ${figure(tally.heldOut)}`,
)
