import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createTestTarget, TARGET_KINDS, type TestTarget } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))

// The README's command with options, as a user copies it.
function readmeCommand(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const line = readme.split('\n').find((l) => l.startsWith('pnpm --filter @vanban-examples/web start -- '))
  if (line === undefined) throw new Error('the README no longer shows the command with options')
  return line.trim()
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe.runIf(TARGET_KINDS.includes('postgres'))('the web example as its README starts it', () => {
  let target: TestTarget
  beforeAll(async () => {
    target = await createTestTarget('postgres')
  }, 60_000)
  afterAll(() => target?.dispose(), 60_000)

  it('serves on the --port given, over the --db given', async () => {
    const port = await freePort()
    const [command, ...args] = readmeCommand()
      .replace(/postgres:\/\/\S+/, target.db)
      .replace(/--port \d+/, `--port ${port}`)
      .split(' ')
    const child = spawn(command!, args, { cwd: repositoryRoot, detached: true })
    try {
      let output = ''
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8')
          if (output.includes('vanban web: ')) resolve()
        }
        child.stdout?.on('data', onData)
        child.stderr?.on('data', onData)
        child.once('exit', (code) => reject(new Error(`the web example exited with ${code}:\n${output}`)))
      })
      expect(output).toContain(`vanban web: http://127.0.0.1:${port}/`)
      // the sample articles went into the schema the --db URL names
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      })
      const body = (await response.json()) as { data: { articles: { totalCount: number } } }
      expect(body.data.articles.totalCount).toBeGreaterThan(0)
      const { openDatabase } = await import('@vanban/store')
      const db = await openDatabase(target.db)
      try {
        expect(await db.prisma.article.count()).toBe(body.data.articles.totalCount)
      } finally {
        await db.close()
      }
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
    }
  }, 180_000)
})
