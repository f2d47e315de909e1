/**
 * The real pages' figures on a development range and a validation range, aggregates only (a helper
 * validating a reading reads the validation range's figures, never its pages):
 *
 *   node --conditions=@vanban/source scripts/split-figures.ts [last development id, default r259]
 *
 * With `--misses`, also lists the development range's per-page event misses (missing and extra).
 */
import path from 'node:path'
import { readPageUrls, scoreCorpus } from './eval.ts'

const real = path.resolve(import.meta.dirname, '..', 'fixtures-real')
const args = process.argv.slice(2)
const lastDev = args.find((a) => /^r\d{3}$/.test(a)) ?? 'r259'
const urls = readPageUrls(real)
const dev = (id: string) => id.slice(0, 4) <= lastDev
const METRICS = ['events', 'links', 'organizer', 'eventDate', 'province', 'directives', 'relations']
for (const [name, only] of [
  [`dev r001-${lastDev}`, dev],
  [`validation >${lastDev}`, (id: string) => !dev(id)],
  ['all', () => true],
] as const) {
  const r = scoreCorpus(name, real, {}, urls, only)
  console.log(`${name} (${r.articles}): ${METRICS.map((m) => `${m}=${(r.metrics[m] ?? 0).toFixed(3)}`).join(' ')}`)
  if (args.includes('--misses') && only === dev)
    for (const a of r.perArticle) {
      const missing = a.missing.filter((m) => m.startsWith('event:'))
      const extra = a.extra.filter((m) => m.startsWith('event:'))
      if (missing.length + extra.length > 0)
        console.log(`  ${a.file}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`)
    }
}

// With `--kinds`: events missed and added by kind on each range (counts only).
if (args.includes('--kinds'))
  for (const [name, only] of [
    ['dev', dev],
    ['validation', (id: string) => !dev(id)],
  ] as const) {
    const r = scoreCorpus(name, real, {}, urls, only)
    const tally = new Map<string, { missed: number; added: number }>()
    const bump = (item: string, side: 'missed' | 'added') => {
      if (!item.startsWith('event:')) return
      const kind = item.split(/[:@]/u)[1]!
      const t = tally.get(kind) ?? { missed: 0, added: 0 }
      t[side]++
      tally.set(kind, t)
    }
    for (const a of r.perArticle) {
      for (const m of a.missing) bump(m, 'missed')
      for (const x of a.extra) bump(x, 'added')
    }
    const kinds = [...tally].map(([k, t]) => `${k} -${t.missed} +${t.added}`)
    console.log(`${name} events missed/added by kind: ${kinds.join(', ')}`)
  }
