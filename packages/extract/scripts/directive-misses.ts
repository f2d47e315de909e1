/**
 * Lists the real pages' gold directives whose code was found but whose issue date or issuing body
 * is wrong or missing, and the codes missed or extra: the work list for issuedOn and issuingBody.
 * Bodies match as `score.ts` matches them (one contains the other).
 *
 *   node --conditions=@vanban/source scripts/directive-misses.ts [page-id prefix] [--on|--body]
 */
import fs from 'node:fs'
import path from 'node:path'
import { normalizeText } from '@vanban/core'
import { extractArticle, toGold } from '../src/index.ts'

const args = process.argv.slice(2)
const only = args.find((a) => !a.startsWith('--'))
const showOn = !args.includes('--body')
const showBody = !args.includes('--on')
const real = path.resolve(import.meta.dirname, '..', 'fixtures-real')
type D = { code: string; issuedOn?: string | null; issuingBody?: string | null }
const norm = (s: string | null | undefined) =>
  s == null ? null : normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim()
const key = (c: string) => c.normalize('NFC').replace(/\s+/g, '').toUpperCase()
const overlaps = (a: string | null | undefined, b: string | null | undefined) => {
  const x = norm(a)
  const y = norm(b)
  return x === null || y === null ? x === y : x.includes(y) || y.includes(x)
}
// Right and total, per attribute.
const tally = { on: { right: 0, total: 0 }, body: { right: 0, total: 0 } }
for (const f of fs.readdirSync(path.join(real, 'gold')).sort()) {
  const id = f.replace(/\.json$/, '')
  if (only !== undefined && !id.startsWith(only)) continue
  const gold = JSON.parse(fs.readFileSync(path.join(real, 'gold', f), 'utf8')) as { directives?: D[] }
  const pred = toGold(extractArticle(fs.readFileSync(path.join(real, 'articles', `${id}.txt`), 'utf8'))) as {
    directives?: D[]
  }
  const found = new Map((pred.directives ?? []).map((d) => [key(d.code), d]))
  for (const d of gold.directives ?? []) {
    const p = found.get(key(d.code))
    if (d.issuedOn != null) {
      tally.on.total++
      if (p?.issuedOn === d.issuedOn) tally.on.right++
      else if (showOn)
        console.log(`${id} ${d.code} issuedOn gold=${d.issuedOn} got=${p === undefined ? '(code missed)' : p.issuedOn}`)
    }
    if (d.issuingBody != null) {
      tally.body.total++
      if (p !== undefined && overlaps(d.issuingBody, p.issuingBody)) tally.body.right++
      else if (showBody)
        console.log(
          `${id} ${d.code} issuingBody gold=${d.issuingBody} got=${p === undefined ? '(code missed)' : p.issuingBody}`,
        )
    }
  }
}
console.log(`issuedOn ${tally.on.right}/${tally.on.total} issuingBody ${tally.body.right}/${tally.body.total}`)
