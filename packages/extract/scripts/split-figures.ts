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
