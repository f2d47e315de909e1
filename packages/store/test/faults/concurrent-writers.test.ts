import { type ChildProcessByStdio, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { migrate } from '../../src/db/migrate.ts'
import { openDatabase } from '../../src/db/open.ts'
import { ingestFiles } from '../../src/ingest/files.ts'
import { type FolderReport, inspectFolder } from './integrity.ts'

// Child processes each starting PGlite are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url))
const ARTICLES = fileURLToPath(new URL('../../../extract/fixtures/articles', import.meta.url))

type Message =
  | { event: 'locked'; pid: number }
  | { event: 'ingested'; counts: Record<string, number> }
  | { event: 'refused'; holder: { pid: number; command: string } | null; message: string }
  | { event: 'failed'; message: string }

interface Writer {
  readonly child: ChildProcessByStdio<Writable, Readable, Readable>
  /** The writer's messages, in order, as they arrive. */
  next(): Promise<Message>
  readonly exit: Promise<number | null>
}

function startWriter(folder: string): Writer {
  const child = spawn(process.execPath, ['--conditions=@vanban/source', WRITER, folder, ARTICLES], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const queue: Message[] = []
  const waiting: ((message: Message) => void)[] = []
  let stderr = ''
  let buffer = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const message = JSON.parse(buffer.slice(0, end)) as Message
      buffer = buffer.slice(end + 1)
      const waiter = waiting.shift()
      if (waiter === undefined) queue.push(message)
      else waiter(message)
    }
  })
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    child,
    next: () => {
      const queued = queue.shift()
      if (queued !== undefined) return Promise.resolve(queued)
      return Promise.race([
        new Promise<Message>((resolve) => waiting.push(resolve)),
        exit.then((code) => Promise.reject(new Error(`writer exited with ${code} before saying more: ${stderr}`))),
      ])
    },
    exit,
  }
}

describe('concurrent writer processes on one PGlite folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-faults-'))
  let reference: FolderReport
  let shared: FolderReport
  let first: Message[]
  let ingested: Message
  let exitCodes: (number | null)[]

  beforeAll(async () => {
    // One writer alone, in-process, gives the rows the shared folder must hold.
    const alone = join(work, 'alone')
    const db = await openDatabase(alone)
    await migrate(db)
    await ingestFiles(db.prisma, [ARTICLES])
    await db.close()
    reference = await inspectFolder(alone)

    const folder = join(work, 'shared')
    const writers = Array.from({ length: 4 }, () => startWriter(folder))
    try {
      first = await Promise.all(writers.map((writer) => writer.next()))
      const holder = writers[first.findIndex((message) => message.event === 'locked')]
      if (holder !== undefined) ingested = await holder.next()
    } finally {
      for (const writer of writers) writer.child.stdin.end()
      exitCodes = await Promise.all(writers.map((writer) => writer.exit))
    }
    shared = await inspectFolder(folder)
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('lets exactly one writer in and refuses the three others, naming the holder', () => {
    const locked = first.filter((message) => message.event === 'locked')
    expect(first.map((message) => message.event).sort()).toEqual(['locked', 'refused', 'refused', 'refused'])
    expect(locked).toHaveLength(1)
    const holder = locked[0] as Extract<Message, { event: 'locked' }>
    const refused = first.filter((message) => message.event === 'refused')
    expect(refused).toHaveLength(3)
    for (const message of refused) {
      expect(message.holder?.pid).toBe(holder.pid)
      expect(message.holder?.command).toContain('writer.ts')
      expect(message.message).toContain(`PID ${holder.pid}`)
      expect(message.message).toContain('writer.ts')
    }
    expect(exitCodes.sort()).toEqual([0, 1, 1, 1])
  })

  it('leaves the folder with one run’s rows and every index intact', () => {
    expect(ingested).toEqual({ event: 'ingested', counts: { new: 33, updated: 0, unchanged: 0, failed: 0 } })
    expect(reference.counts.Article).toBe(33)
    expect(shared.counts).toEqual(reference.counts)
    expect(shared.duplicateIdentities).toBe(0)
    expect(shared.checkedIndexes).toBeGreaterThanOrEqual(35)
    expect(shared.corruptIndexes).toEqual([])
  })
})
