import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

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
