import fs from 'node:fs'
import path from 'node:path'
import { extractArticle } from '../src/index.ts'
import { readPageUrls } from './eval.ts'
import { readYearEvidence } from '@vanban/core'
const dir = path.resolve('fixtures-real')
const urls = readPageUrls(dir)
for (const pre of process.argv.slice(2)) {
  if (pre.startsWith('@')) { console.log(JSON.stringify(readYearEvidence(pre.slice(1), { near: true }))); continue }
  const f = fs.readdirSync(path.join(dir, 'articles')).find((x) => x.startsWith(pre))!
  const id = f.replace(/\.txt$/, '')
  const url = urls.get(id)
  const x = extractArticle(fs.readFileSync(path.join(dir, 'articles', f), 'utf8'), url === undefined ? {} : { url })
  console.log(id, 'published', x.article.publishedAt)
  for (const e of x.events) console.log(' ', e.kind, JSON.stringify(e.date), e.dateInferred, e.province, '|', e.organizer, '|', e.location, '|', (e.provenance?.sentence ?? '').slice(0, 150))
}
