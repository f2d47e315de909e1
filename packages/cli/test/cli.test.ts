import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTestTarget, reviewArticle, secondReportArticle, TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

// Databases, child processes and the WebAssembly schema engine are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const work = mkdtempSync(join(tmpdir(), 'vanban-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const FIXTURES = fileURLToPath(new URL('../../extract/fixtures/articles', import.meta.url))

function writeExtractions(folder: string): string[] {
  const files = [join(folder, 'review.json'), join(folder, 'second.json')]
  writeFileSync(files[0]!, JSON.stringify(reviewArticle()))
  writeFileSync(files[1]!, JSON.stringify(secondReportArticle()))
  return files
}

describe('vanban arguments', () => {
  it.each(['extract', 'ingest', 'migrate'])('%s --help prints the usage and exits 0', async (command) => {
    const run = await runCli([command, '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`usage: vanban ${command}`)
  })

  it('lists the commands and rejects an unknown one with exit 2', async () => {
    const run = await runCli(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'unknown command "frobnicate"; expected one of crawl, extract, ingest, migrate, reextract, serve, start',
    )
  })

  it('says what is missing or unknown', async () => {
    const noOut = await runCli(['extract', 'a.txt'])
    expect(noOut.code).toBe(2)
    expect(noOut.stderr).toContain('--out <dir> is required')
    const unknown = await runCli(['migrate', '--port', '3'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--port'")
    const nothing = await runCli(['ingest'])
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('give at least one file or folder')
    for (const command of ['serve', 'start']) {
      const noApp = await runCli([command, '--web', '/nonexistent/vanban-web'])
      expect(noApp.code).toBe(2)
      expect(noApp.stderr).toContain('--web /nonexistent/vanban-web: no index.html there')
    }
  })
})

describe('vanban extract', () => {
  it('writes one gold-shaped JSON per input, and exits 1 after the others when one fails', async () => {
    const inputs = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 3)
      .map((f) => join(FIXTURES, f))
    expect(inputs.length).toBeGreaterThan(0)
    const out = join(work, 'gold')
    const run = await runCli(['extract', join(work, 'missing.txt'), ...inputs, '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`failed: ${join(work, 'missing.txt')}: no such file`)
    const written = readdirSync(out).sort()
    expect(written).toEqual(
      inputs
        .map((f) =>
          f
            .split('/')
            .pop()!
            .replace(/\.txt$/, '.json'),
        )
        .sort(),
    )
    for (const file of written) {
      const gold = JSON.parse(readFileSync(join(out, file), 'utf8')) as Record<string, unknown>
      expect(Object.keys(gold)).toEqual(
        expect.arrayContaining(['title', 'publishedAt', 'byline', 'directives', 'events', 'relations', 'people']),
      )
    }
  })
})

describe.each(TARGET_KINDS)('vanban ingest and migrate on %s', (kind) => {
  it('stores new files, then finds them unchanged, and reports failures with their reasons', async () => {
    const target = await createTestTarget(kind)
    try {
      const folder = mkdtempSync(join(work, 'in-'))
      const files = writeExtractions(folder)
      const first = await runCli(['ingest', ...files, '--db', target.db])
      expect(first.stderr).toBe('')
      expect(first.stdout.trim().split('\n').pop()).toBe('2 new, 0 updated, 0 unchanged, 0 failed')
      expect(first.code).toBe(0)

      const broken = join(folder, 'broken.json')
      writeFileSync(broken, '{"article": {}}')
      const second = await runCli(['ingest', ...files, broken, join(folder, 'absent.txt'), '--db', target.db])
      expect(second.code).toBe(1)
      expect(second.stdout.trim().split('\n').pop()).toBe('0 new, 0 updated, 2 unchanged, 2 failed')
      expect(second.stderr).toContain(`failed: ${broken}: invalid extraction: article.title:`)
      expect(second.stderr).toContain(`failed: ${join(folder, 'absent.txt')}: no such file or folder`)

      const migrate = await runCli(['migrate', '--db', target.db])
      expect(migrate.code).toBe(0)
      expect(migrate.stdout).toContain('already up to date')
    } finally {
      await target.dispose()
    }
  })
})

describe.runIf(TARGET_KINDS.includes('postgres'))('vanban migrate and prisma migrate status', () => {
  it('agree on what is applied', async (context) => {
    const target = await createTestTarget('postgres')
    try {
      expect((await runCli(['migrate', '--db', target.db])).code).toBe(0)
      const packageDir = fileURLToPath(new URL('..', import.meta.url))
      const prisma = createRequire(join(packageDir, 'package.json')).resolve('prisma/build/index.js')
      const status = spawnSync(process.execPath, [prisma, 'migrate', 'status'], {
        cwd: packageDir,
        env: { ...process.env, DATABASE_URL: target.db, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      })
      const output = `${status.stdout}${status.stderr}`
      if (/schema engine|binaries\.prisma|download|ENOTFOUND|EAI_AGAIN/i.test(output) && status.status !== 0) {
        context.skip(
          'the Prisma CLI cannot fetch its native schema engine on this machine, so `prisma migrate status` cannot run',
        )
      }
      expect(output).toContain('Database schema is up to date')
      expect(status.status).toBe(0)
    } finally {
      await target.dispose()
    }
  }, 90_000)
})

describe.runIf(TARGET_KINDS.includes('postgres'))('eight concurrent `vanban ingest` runs on PostgreSQL', () => {
  it('end with exactly the rows of one sequential run', async () => {
    const { manyArticles } = await import('@vanban/store/testing')
    const folder = mkdtempSync(join(work, 'many-'))
    const files = manyArticles(12).map((extraction, i) => {
      const file = join(folder, `a${String(i).padStart(2, '0')}.json`)
      writeFileSync(file, JSON.stringify(extraction))
      return file
    })
    files.push(...writeExtractions(folder))
    const sequential = await createTestTarget('postgres')
    const concurrent = await createTestTarget('postgres')
    try {
      expect((await runCli(['ingest', ...files, '--db', sequential.db])).code).toBe(0)
      const runs = await Promise.all(
        Array.from({ length: 8 }, (_, i) => runCli(['ingest', ...rotate(files, i * 3), '--db', concurrent.db])),
      )
      for (const run of runs) expect(run.stderr).toBe('')
      const newCounts = runs.map((run) => Number(/(\d+) new/.exec(run.stdout)?.[1]))
      expect(newCounts.reduce((a, b) => a + b, 0)).toBe(files.length)
      expect(await snapshot(concurrent.db)).toEqual(await snapshot(sequential.db))
    } finally {
      await sequential.dispose()
      await concurrent.dispose()
    }
  }, 180_000)
})

function rotate<T>(items: T[], by: number): T[] {
  const k = by % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

// Row counts of every table, and the natural keys of the records, which must not depend on the
// order in which concurrent runs got there.
async function snapshot(db: string): Promise<unknown> {
  const { openDatabase } = await import('@vanban/store')
  const database = await openDatabase(db)
  try {
    const q = (sql: string) => database.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql)
    return {
      counts: await q(
        `SELECT (SELECT count(*)::int FROM "Article") a, (SELECT count(*)::int FROM "Directive") d,
           (SELECT count(*)::int FROM "Event") e, (SELECT count(*)::int FROM "EventReport") er,
           (SELECT count(*)::int FROM "Citation") c, (SELECT count(*)::int FROM "DirectiveRelation") r,
           (SELECT count(*)::int FROM "Organization") o, (SELECT count(*)::int FROM "Person") p,
           (SELECT count(*)::int FROM "Participation") pa`,
      ),
      articles: await q(`SELECT identity FROM "Article" ORDER BY identity`),
      directives: await q(`SELECT key FROM "Directive" ORDER BY key`),
      events: await q(`SELECT identity FROM "Event" ORDER BY identity`),
      citations: await q(
        `SELECT a.identity, d.key, c.verb, c.ambiguous FROM "Citation" c JOIN "Article" a ON a.id = c."articleId"
         JOIN "Directive" d ON d.id = c."directiveId" ORDER BY 1, 2, 3`,
      ),
    }
  } finally {
    await database.close()
  }
}

it('keeps no temporary files beside extract outputs', () => {
  const out = join(work, 'gold')
  if (existsSync(out)) expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([])
})
