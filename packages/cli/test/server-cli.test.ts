import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

// Each command opens and migrates a database in a child process.
vi.setConfig({ testTimeout: 180_000 })

const MAIN = join(import.meta.dirname, '..', 'src', 'bin.ts')

type Running = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }

// Starts `vanban <args>` and waits for the line that gives the address it listens on.
function run(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--conditions=@vanban/source', '--disable-warning=ExperimentalWarning', MAIN, ...args],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output)
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exited })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => reject(new Error(`vanban ${args.join(' ')} exited with ${code}:\n${output}`)))
  })
}

async function query(url: string, text: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  })
  return response.json()
}

describe('vanban serve and vanban start', () => {
  it('serve migrates a fresh database, answers, and exits 0 on SIGTERM', async () => {
    const server = await run(['serve', '--port', '0', '--db', 'memory://'])
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    expect(await query(server.url, '{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 0 } } })
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: finishing in-flight requests/)
  })

  it('serve refuses a port that is not one', async () => {
    await expect(run(['serve', '--port', 'eighty'])).rejects.toThrow(
      /--port eighty: expected a whole number from 0 to 65535/,
    )
  })

  it.each([
    ['--statement-timeout', '5s'],
    ['--pool-size', '0'],
    ['--shutdown-grace', '-1'],
    ['--count-cap', 'all'],
  ])('serve refuses %s %s, saying what it takes', async (option, value) => {
    await expect(run(['serve', '--port', '0', '--db', 'memory://', `${option}=${value}`])).rejects.toThrow(
      `${option} ${value}: expected a whole number above 0`,
    )
  })

  it('serve takes a statement timeout, a pool size and a shutdown grace, and says the grace on SIGTERM', async () => {
    const server = await run([
      'serve',
      '--port',
      '0',
      '--db',
      'memory://',
      '--statement-timeout',
      '2000',
      '--pool-size',
      '4',
      '--shutdown-grace',
      '1500',
    ])
    expect(await query(server.url, '{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 0 } } })
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: finishing in-flight requests \(up to 1\.5 s\)/)
  })

  it('serve counts exactly up to --count-cap, then gives the estimate and says so', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vanban-serve-cap-'))
    const folder = join(work, 'db')
    const articles = join(import.meta.dirname, '..', '..', 'extract', 'fixtures', 'articles')
    try {
      expect((await runCli(['ingest', articles, '--db', folder])).code).toBe(0)
      const counts = '{ articles { totalCount totalCountIsEstimate } }'
      const exact = await run(['serve', '--port', '0', '--db', folder])
      const { data: all } = await query(exact.url, counts)
      exact.child.kill('SIGTERM')
      expect(await exact.exited).toBe(0)
      expect(all.articles.totalCountIsEstimate).toBe(false)
      expect(all.articles.totalCount).toBeGreaterThan(3)
      const capped = await run(['serve', '--port', '0', '--db', folder, '--count-cap', '3'])
      const { data } = await query(capped.url, counts)
      capped.child.kill('SIGTERM')
      expect(await capped.exited).toBe(0)
      expect(data.articles.totalCountIsEstimate).toBe(true)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it('start loads the --samples articles into an empty database and serves them on PORT', async () => {
    const server = await run(
      [
        'start',
        '--db',
        'memory://',
        '--samples',
        join(import.meta.dirname, '..', '..', 'extract', 'fixtures', 'articles'),
      ],
      { PORT: '0' },
    )
    expect(server.output()).toMatch(/sample articles: \d+ new, 0 updated, 0 unchanged/)
    expect(server.output()).toMatch(/GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql/)
    const { data } = await query(
      server.url,
      '{ articles { totalCount } directives { totalCount } events { totalCount } }',
    )
    expect(data.articles.totalCount).toBeGreaterThan(10)
    expect(data.directives.totalCount).toBeGreaterThan(0)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })

  it('serve holds its embedded folder: ingest on the folder is refused naming it, ingest through its URL is stored', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vanban-serve-ingest-'))
    const folder = join(work, 'db')
    const articles = join(import.meta.dirname, '..', '..', 'extract', 'fixtures', 'articles')
    writeFileSync(join(work, 'blank.txt'), '  \n')
    const server = await run(['serve', '--port', '0', '--db', folder], { VANBAN_API_KEYS: 'k1' })
    try {
      const refused = await runCli(['ingest', articles, '--db', folder])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain(`in use by PID ${server.child.pid}`)
      expect(refused.stderr).toMatch(/`bin\.ts serve --port 0 --db [^`]+`/)
      expect(refused.stderr).toContain('Nothing was written')
      expect(refused.stderr).toContain('--db http://<host>:<port>/graphql')
      const migrated = await runCli(['migrate', '--db', folder])
      expect(migrated.code).toBe(1)
      expect(migrated.stderr).toMatch(new RegExp(`^vanban migrate: .* in use by PID ${server.child.pid} `))

      const waited = await runCli(['ingest', articles, '--db', folder, '--wait', '0.5'])
      expect(waited.code).toBe(1)
      expect(waited.stderr).toContain(`in use by PID ${server.child.pid}`)
      expect((await runCli(['ingest', articles, '--db', folder, '--wait', 'soon'])).code).toBe(2)
      expect(await query(server.url, '{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 0 } } })

      const keyless = await runCli(['ingest', articles, '--db', `${server.url}/graphql`], { VANBAN_API_KEY: '' })
      expect(keyless.code).toBe(2)
      expect(keyless.stderr).toContain('give --api-key or VANBAN_API_KEY')

      const sent = await runCli(['ingest', articles, join(work, 'blank.txt'), '--db', `${server.url}/graphql`], {
        VANBAN_API_KEY: 'k1',
      })
      expect(sent.stdout).toContain('33 new, 0 updated, 0 unchanged, 1 failed')
      expect(sent.stderr).toContain('blank.txt: the file is only white space; an article needs text')
      expect(sent.code).toBe(1)
      expect(await query(server.url, '{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 33 } } })

      // Once serve stops, the folder is free and holds what it stored.
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      const after = await runCli(['ingest', articles, '--db', folder])
      expect(after.stdout).toContain('0 new, 0 updated, 33 unchanged, 0 failed')
      expect(after.code).toBe(0)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
      rmSync(work, { recursive: true, force: true })
    }
  })
})
