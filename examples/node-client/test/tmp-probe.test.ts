import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ingestFiles, migrate, openDatabase } from '@vanban/graphql'
import { createServer } from '../../../packages/graphql/src/server/index.ts'
import { it } from 'vitest'
const fixtures = fileURLToPath(new URL('../../../packages/extract/fixtures/articles', import.meta.url))
it('probe', async () => {
  const db = await openDatabase('memory://'); await migrate(db)
  await ingestFiles(db.prisma, ['f03_huyen-uy-so-ket-nghi-quyet-35.txt','f15_hoi-thao-bao-ve-nen-tang-tu-tuong.txt','f08_hoi-thi-tuyen-truyen-vien-gioi.txt','f33_tinh-uy-hoi-nghi-bao-ve-nen-tang-tu-tuong-dai.txt','f02_tinh-doan-tap-huan-du-luan-xa-hoi.txt'].map(n=>join(fixtures,n)))
  const g = createServer({ prisma: db.prisma, apiKeys: [] })
  for (const sel of [`id code type number issuerCode issuedOn issuingBody title
      relations { label direction directive { code title } }
      events(first: 1) { totalCount }
      articles(first: 1) { totalCount }
      timeline {
        date
        event { id kind title date partOfDay organizer { name } }
        article { id title publishedAt source }
      }`, 'timeline { event { id title organizer { name } } }', 'timeline { article { id title publishedAt source } }', 'timeline { event { id kind title date partOfDay } }']) {
    const t = await g.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ directive(code: "35-NQ/TW") { code ${sel} } }` }) })
    console.log(sel, '=>', JSON.stringify(await t.json()).slice(0, 3000))
  }
  await db.close()
}, 120000)
