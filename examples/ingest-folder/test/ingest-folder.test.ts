import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type Database, openDatabase } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleFiles, directiveTimeline, formatIngest, formatTimeline, ingestFolder } from '../src/ingest-folder.ts'

const DATABASE_URL = process.env.DATABASE_URL
const onServer = DATABASE_URL !== undefined && /^postgres(ql)?:\/\//.test(DATABASE_URL)
const fixtures = fileURLToPath(new URL('../../../packages/extract/fixtures/articles', import.meta.url))
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))

// The README's command with a folder and a database, as a user copies it.
function readmeCommand(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const line = readme.split('\n').find((l) => l.startsWith('pnpm --filter @vanban-examples/ingest-folder start -- '))
  if (line === undefined) throw new Error('the README no longer shows the command with options')
  return line.trim()
}

// Four articles that cite Nghị quyết 35-NQ/TW and one that does not.
const ARTICLES = [
  'f03_huyen-uy-so-ket-nghi-quyet-35.txt',
  'f15_hoi-thao-bao-ve-nen-tang-tu-tuong.txt',
  'f08_hoi-thi-tuyen-truyen-vien-gioi.txt',
  'f33_tinh-uy-hoi-nghi-bao-ve-nen-tang-tu-tuong-dai.txt',
  'f02_tinh-doan-tap-huan-du-luan-xa-hoi.txt',
]

if (!onServer)
  console.warn('example ingest-folder: skipped, DATABASE_URL is unset (set it to a postgres:// URL to run it)')

describe.skipIf(!onServer)('ingest-folder on the PostgreSQL server of DATABASE_URL, in a schema of its own', () => {
  const schema = `example_ingest_${process.pid}_${Date.now()}`
  const target = (() => {
    if (!onServer) return ''
    const url = new URL(DATABASE_URL!)
    url.searchParams.set('schema', schema)
    return url.toString()
  })()
  let folder: string
  let db: Database

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-ingest-folder-'))
    for (const name of ARTICLES) copyFileSync(join(fixtures, name), join(folder, name))
    db = await openDatabase(target)
    await db.withConnection((c) => c.exec(`CREATE SCHEMA "${schema}"`))
  })

  afterAll(async () => {
    await db?.withConnection((c) => c.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
    await db?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('lists the article files of the folder in name order', async () => {
    expect((await articleFiles(folder)).map((f) => f.slice(folder.length + 1))).toEqual([...ARTICLES].sort())
  })

  it('stores every article, and nothing twice when the folder is ingested again', async () => {
    expect(formatIngest(await ingestFolder(db, folder))).toBe(
      `${ARTICLES.length} new, 0 updated, 0 unchanged, 0 failed`,
    )
    expect(await db.prisma.article.count()).toBe(ARTICLES.length)
    expect(formatIngest(await ingestFolder(db, folder))).toBe(
      `0 new, 0 updated, ${ARTICLES.length} unchanged, 0 failed`,
    )
    expect(await db.prisma.article.count()).toBe(ARTICLES.length)
  })

  it("prints the directive's timeline: the review conference of 4/12/2023 and the articles citing it", async () => {
    const timeline = await directiveTimeline(db, 'Nghị quyết số 35-NQ/TW')
    expect(timeline?.code).toBe('35-NQ/TW')
    const lines = timeline?.lines ?? []
    // f03, f15 and f33 cite it with its date (22/10/2018); f08 writes the code without one, which
    // storage may keep as a directive of its own.
    expect(lines.filter((l) => l.what === 'article').length).toBeGreaterThanOrEqual(3)
    expect(lines.some((l) => l.what === 'event' && l.date === '2023-12-04')).toBe(true)
    expect(formatTimeline(timeline!)).toMatch(/^35-NQ\/TW/)
  })

  it('says so when no stored article cites the directive', async () => {
    expect(await directiveTimeline(db, '57-NQ/TW')).toBeNull()
  })

  it('runs as the README writes it (pnpm ... start -- <folder> --db <url> --directive <code>)', async () => {
    const [command, ...args] = readmeCommand()
      .replace('path/to/articles', folder)
      .replace(/postgres:\/\/\S+/, target)
      .split(' ')
    const { stdout } = await promisify(execFile)(command!, args, { cwd: repositoryRoot, timeout: 110_000 })
    // pnpm prints the script it runs first
    const lines = stdout.trimEnd().split('\n')
    const [summary, heading, ...timeline] = lines.slice(lines.findIndex((line) => /^\d+ new, /.test(line)))
    // The earlier tests stored the folder already.
    expect(summary).toBe(`0 new, 0 updated, ${ARTICLES.length} unchanged, 0 failed`)
    expect(heading).toBe('35-NQ/TW')
    expect(timeline.some((line) => /^ {2}2023-12-04 +event +Hội nghị sơ kết 5 năm/.test(line))).toBe(true)
  })
})
