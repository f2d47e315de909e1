import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { crawlDatabase } from './databases.ts'

const PAGES = 20
const HELD = '/k/7'
const WORKER = fileURLToPath(new URL('./worker-child.ts', import.meta.url))

// A chain of pages /k/0 ... /k/19, each linking the next two. The first request for /k/7 is held
// unanswered: that is when the test kills the worker.
function chainSite(onHeld: () => void) {
  const hits = new Map<string, number>()
  const held: ServerResponse[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    const count = (hits.get(path) ?? 0) + 1
    hits.set(path, count)
    if (path === '/robots.txt') return void response.writeHead(404).end()
    const n = Number(path.match(/^\/k\/(\d+)$/)?.[1] ?? Number.NaN)
    if (!(n >= 0 && n < PAGES)) return void response.writeHead(404).end()
    if (path === HELD && count === 1) {
      held.push(response)
      onHeld()
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<html><body><h1>Trang ${n}</h1><a href="/k/${n + 1}">tiếp</a> <a href="/k/${n + 2}">sau nữa</a></body></html>`,
    )
  })
  return { server, hits, held }
}

function startWorker(db: string, seed?: string): { child: ChildProcess; output: string[] } {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@vanban/source',
      '--disable-warning=ExperimentalWarning',
      WORKER,
      db,
      ...(seed === undefined ? [] : [seed]),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const output: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  return { child, output }
}

describe.runIf(process.env.DATABASE_URL)('a worker killed mid-crawl (PostgreSQL, pg-boss)', () => {
  let database: Awaited<ReturnType<typeof crawlDatabase>>
  let site: ReturnType<typeof chainSite>
  let url: string
  let arrived = () => {}
  const heldArrived = new Promise<void>((resolve) => {
    arrived = resolve
  })
  let restartOutput: string[] = []

  beforeAll(async () => {
    database = await crawlDatabase('postgres')
    site = chainSite(() => arrived())
    await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`

    const first = startWorker(database.target.db, `${url}/k/0`)
    const exited = once(first.child, 'exit')
    await Promise.race([
      heldArrived,
      exited.then(() => {
        throw new Error(`the first worker ended before it reached ${HELD}:\n${first.output.join('')}`)
      }),
    ])
    first.child.kill('SIGKILL')
    await exited
    for (const response of site.held) response.destroy()

    const restarted = startWorker(database.target.db)
    restartOutput = restarted.output
    const [code] = await once(restarted.child, 'exit')
    if (code !== 0) throw new Error(`the restarted worker failed (${code}):\n${restarted.output.join('')}`)
  })
  afterAll(async () => {
    await new Promise(
      (resolve) => (site as { server: Server } | undefined)?.server.close(resolve) ?? resolve(undefined),
    )
    site?.server.closeAllConnections()
    await database?.dispose()
  })

  it('loses no page and stores each once', async () => {
    const rows = await database.db.prisma.rawPage.findMany({ select: { url: true, fetches: true } })
    const stored = new Map(rows.map((row) => [new URL(row.url).pathname, row.fetches]))
    expect([...stored.keys()].sort()).toEqual(Array.from({ length: PAGES }, (_, n) => `/k/${n}`).sort())
    expect([...stored.values()].every((fetches) => fetches === 1)).toBe(true)
  })

  it("retries the killed worker's job in the restarted worker", () => {
    expect(site.hits.get(HELD)).toBe(2)
    expect(restartOutput.join('')).toMatch(/^end done /m)
  })
})
