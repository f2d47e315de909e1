import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

// Child processes that open and migrate PGlite databases: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 180_000 })

const FIXTURES = fileURLToPath(new URL('../../extract/fixtures/articles', import.meta.url))
const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'vanban-extract-ingest-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('vanban extract and vanban ingest fit together', () => {
  it('extract takes a folder, and ingest stores what extract wrote as it stores the texts', async () => {
    const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
    const out = join(work, 'extracted')
    const extracted = await runCli(['extract', FIXTURES, '--out', out])
    expect(extracted.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(articles.map((f) => f.replace(/\.txt$/, '.json')).sort())
    const first = JSON.parse(readFileSync(join(out, readdirSync(out)[0]!), 'utf8')) as Record<string, unknown>
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['title', 'events', 'directives', 'extraction']))

    const db = join(work, 'db')
    const fromJson = await runCli(['ingest', out, '--db', db])
    expect(fromJson.stdout).toContain(`${articles.length} new, 0 updated, 0 unchanged, 0 failed`)
    // the same extractions from the texts: nothing to change
    const fromText = await runCli(['ingest', FIXTURES, '--db', db])
    expect(fromText.stdout).toContain(`0 new, 0 updated, ${articles.length} unchanged, 0 failed`)
  })
})

describe('vanban extract and vanban ingest on saved web pages', () => {
  const PAGES = fileURLToPath(new URL('../../extract/fixtures-html/pages', import.meta.url))

  it('extract reads a page with its metadata first and says where each field came from; ingest stores the pages', async () => {
    const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'))
    const out = join(work, 'pages-extracted')
    const extracted = await runCli(['extract', PAGES, '--out', out])
    expect(extracted.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(pages.map((f) => f.replace(/\.html$/, '.json')).sort())
    const f01 = JSON.parse(readFileSync(join(out, pages[0]!.replace(/\.html$/, '.json')), 'utf8')) as {
      title: string
      publishedAt: string
      sources: Record<string, string | null>
    }
    expect(f01.title).toBe('Chi bộ Văn phòng Sở Tư pháp sinh hoạt chuyên đề về chuẩn mực đạo đức cách mạng')
    expect(f01.publishedAt).toBe('2024-06-14')
    expect(f01.sources).toMatchObject({ title: 'json-ld', publishedAt: 'json-ld', byline: 'json-ld' })

    const db = join(work, 'db-pages')
    const fromPages = await runCli(['ingest', PAGES, '--db', db])
    expect(fromPages.stdout).toContain(`${pages.length} new, 0 updated, 0 unchanged, 0 failed`)
    // what extract wrote is what ingest stored
    const fromJson = await runCli(['ingest', out, '--db', db])
    expect(fromJson.stdout).toContain(`0 new, 0 updated, ${pages.length} unchanged, 0 failed`)
  })

  it('refuses a feed, saying it is no article', async () => {
    const feed = join(work, 'tin-moi.rss')
    writeFileSync(feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title></channel></rss>')
    const extracted = await runCli(['extract', feed, '--out', join(work, 'feed-out')])
    expect(extracted.code).toBe(1)
    expect(extracted.stderr).toContain('a feed lists pages and holds no article')
    const ingested = await runCli(['ingest', feed, '--db', join(work, 'db-feed')])
    expect(ingested.code).toBe(1)
    expect(ingested.stderr).toContain('a feed lists pages and holds no article')
  })
})

describe('vanban ingest on a long run', () => {
  const folder = join(work, 'many')
  const COUNT = 400

  it('reports progress, and on Ctrl-C stops after the current file with a partial summary (exit 130)', async () => {
    const { mkdirSync } = await import('node:fs')
    mkdirSync(folder, { recursive: true })
    for (let i = 0; i < COUNT; i++) {
      writeFileSync(
        join(folder, `a${String(i).padStart(4, '0')}.txt`),
        `Bài ${i}\n\nSáng ${(i % 27) + 1}/5/2024, Đảng ủy xã An Phú ${i} tổ chức hội nghị quán triệt Quy định số 85-QĐ/TW.\n`,
      )
    }
    const child = spawn(
      process.execPath,
      [
        '--conditions=@vanban/source',
        '--disable-warning=ExperimentalWarning',
        BIN,
        'ingest',
        folder,
        '--db',
        join(work, 'db-many'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    const interrupted = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
        // the first plain progress line comes after 100 files: interrupt then
        if (/ingest: \d+ files \([\d.]+\/s\), \d+ new/.test(stderr) && !child.killed) {
          child.kill('SIGINT')
          resolve()
        }
      })
    })
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)))
    await interrupted
    expect(stderr).toContain('stopping after the file being stored')
    expect(code).toBe(130)
    const match = /interrupted after (\d+) file\(s\): (\d+) new, 0 updated, 0 unchanged, 0 failed/.exec(stdout)
    expect(match, stdout + stderr).not.toBeNull()
    expect(Number(match![1])).toBeGreaterThanOrEqual(100)
    expect(Number(match![1])).toBeLessThan(COUNT)
    expect(match![2]).toBe(match![1])
  })
})
