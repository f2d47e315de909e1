import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { frontierSchema } from '@vanban/crawl'
import { openDatabase } from '@vanban/store'
import { createTestTarget, TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url))

// Each run starts a Node process and opens a database: longer than vitest's 5 s default on a loaded machine.
vi.setConfig({ testTimeout: 120_000 })

const PAGE = (title: string, links: string[]) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-12-05T08:00:00+07:00"></head><body><nav><a href="/">Trang chủ</a></nav>
<article><h1>${title}</h1><p>Ngày 5/12, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.</p>
<p>Hội nghị yêu cầu các cấp ủy triển khai thực hiện nghiêm túc Chỉ thị.</p></article>
${links.map((link) => `<a href="${link}">${link}</a>`).join(' ')}</body></html>`

describe('vanban crawl', () => {
  let server: Server
  let site: string
  let folder: string
  const hits: string[] = []

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vanban-crawl-cli-'))
    server = createServer((request, response) => {
      hits.push(request.url ?? '')
      if (request.url === '/robots.txt') return void response.writeHead(200).end('User-agent: *\nDisallow: /private/\n')
      const pages: Record<string, string> = {
        '/tin/a.html': PAGE('Quán triệt Chỉ thị 35', ['/tin/b.html', '/private/c.html', '/lien-he']),
        '/tin/b.html': PAGE('Đại hội đảng bộ', ['/tin/a.html']),
      }
      const page = pages[request.url ?? '']
      if (page === undefined) return void response.writeHead(404).end()
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(folder, { recursive: true, force: true })
  })

  it('crawls included links, keeps the pages and their articles, and sums up', async () => {
    const db = join(folder, 'db')
    const run = await runCli([
      'crawl',
      `${site}/tin/a.html`,
      '--db',
      db,
      '--include',
      '/tin/*',
      '--include',
      '/private/*',
      '--rate',
      '50',
    ])
    expect(run.stderr).not.toMatch(/vanban crawl:/)
    expect(run.code).toBe(0)
    // b.html links back to a.html, done by then: queued again, and skipped as just fetched
    expect(run.stdout.trim()).toBe(
      '2 stored, 0 unchanged (304), 1 fresh (skipped), 1 disallowed by robots.txt, 2 articles, 0 errors; 0 queued',
    )
    expect(hits).not.toContain('/private/c.html')
    expect(hits).not.toContain('/lien-he')
    const database = await openDatabase(db)
    try {
      expect(
        (await database.prisma.article.findMany({ select: { title: true }, orderBy: { title: 'asc' } })).map(
          (a) => a.title,
        ),
      ).toEqual(['Quán triệt Chỉ thị 35', 'Đại hội đảng bộ'])
      expect(await database.prisma.rawPage.count()).toBe(2)
    } finally {
      await database.close()
    }
    // reextract finds the crawled articles' saved pages and reads them again, as the crawl did.
    const reextract = await runCli(['reextract', '--db', db])
    expect(reextract.stdout.trim().split('\n').pop()).toBe('0 changed, 2 unchanged, 0 failed (2 from saved pages)')
    expect(reextract.code).toBe(0)
  })

  it.each([
    { args: ['--worker', '--db', 'memory://'], message: /--worker joins a crawl queued in PostgreSQL/, code: 2 },
    {
      args: ['http://127.0.0.1:1/', '--rate', 'fast', '--db', 'memory://'],
      message: /--rate: expected requests a second/,
      code: 2,
    },
    {
      args: ['ftp://example.vn/', '--db', 'memory://'],
      message: /ftp:\/\/example\.vn\/: expected an http:\/\/ or https:\/\/ URL/,
      code: 2,
    },
    { args: ['--db', 'memory://'], message: /give at least one URL or feed to crawl, or --worker/, code: 2 },
  ])('refuses $args with a reason', async ({ args, message, code }) => {
    const run = await runCli(['crawl', ...args])
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(code)
  })
})

describe.each(TARGET_KINDS)('vanban crawl stopped by Ctrl-C on %s', (kind) => {
  let server: Server
  let site: string
  // Responses to /tin/dang-tai.html are held, so the crawl is fetching it when Ctrl-C comes.
  const held: ServerResponse[] = []
  let fetching: () => void = () => undefined

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(200).end('User-agent: *\nAllow: /\n')
      if (request.url === '/tin/a.html')
        return void response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(PAGE('Quán triệt Chỉ thị 35', ['/tin/dang-tai.html']))
      if (request.url === '/tin/dang-tai.html') {
        held.push(response)
        return fetching()
      }
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    for (const response of held) response.destroy()
    await new Promise((resolve) => server.close(resolve))
  })

  it('gives the page being fetched back to the queue and prints the summary', async () => {
    const target = await createTestTarget(kind)
    try {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@vanban/source',
          '--disable-warning=ExperimentalWarning',
          BIN,
          'crawl',
          `${site}/tin/a.html`,
          '--include',
          '/tin/*',
          '--rate',
          '50',
          '--db',
          target.db,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      // Ctrl-C once the crawl asks for the held page: a.html is stored by then, the held page is in flight.
      fetching = () => child.kill('SIGINT')
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve))

      expect(stderr).toContain('vanban crawl: stopping; pages being fetched go back to the queue')
      expect(code, stdout + stderr).toBe(130)
      expect(stdout.trim()).toBe(
        'stopped: 1 stored, 0 unchanged (304), 0 fresh (skipped), 0 disallowed by robots.txt, 1 articles, 0 errors; 1 queued',
      )
      const database = await openDatabase(target.db)
      try {
        expect((await database.prisma.rawPage.findMany({ select: { url: true } })).map((p) => p.url)).toEqual([
          `${site}/tin/a.html`,
        ])
        // On PostgreSQL the queue outlives the process: the page waits there for the next worker.
        if (database.target.kind === 'postgres') {
          const jobs = await database.prisma.$queryRawUnsafe<{ url: string; state: string }[]>(
            `SELECT data->>'url' AS url, state::text AS state FROM "${frontierSchema(database.target.schema)}".job
             WHERE state NOT IN ('completed', 'cancelled', 'failed')`,
          )
          expect(jobs).toEqual([{ url: `${site}/tin/dang-tai.html`, state: 'retry' }])
        }
      } finally {
        await database.close()
      }
    } finally {
      fetching = () => undefined
      await target.dispose()
    }
  })
})
