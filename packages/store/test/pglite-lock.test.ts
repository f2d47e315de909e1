import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../src/db/open.ts'
import { DatabaseLockedError, type LockHolder, lockPGliteFolder } from '../src/db/pglite-lock.ts'

vi.setConfig({ testTimeout: 120_000 })

const STORE = new URL('../src/index.ts', import.meta.url).href

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'vanban-lock-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const lockFile = () => join(folder, 'vanban.lock')
const readLock = () => JSON.parse(readFileSync(lockFile(), 'utf8')) as LockHolder

// A PID that ran a moment ago and now belongs to no process.
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

function writeLock(holder: Partial<LockHolder>): void {
  const base = {
    pid: 1,
    host: hostname(),
    command: 'vanban serve',
    since: '2026-01-01T00:00:00.000Z',
    started: null,
    token: 'x',
  }
  writeFileSync(lockFile(), JSON.stringify({ ...base, ...holder }))
}

async function refusal(open: Promise<unknown>): Promise<DatabaseLockedError> {
  const error = await open.then(
    () => null,
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(DatabaseLockedError)
  return error as DatabaseLockedError
}

describe('the PGlite folder lock', () => {
  it('records the holder and removes the lock file on release', async () => {
    const lock = await lockPGliteFolder(folder)
    expect(readLock()).toMatchObject({ pid: process.pid, host: hostname(), token: lock.holder.token })
    lock.release()
    expect(existsSync(lockFile())).toBe(false)
  })

  it('refuses a second opener with the holder’s PID, command and what to do', async () => {
    const db = await openDatabase(folder)
    try {
      const error = await refusal(openDatabase(folder))
      expect(error.holder?.pid).toBe(process.pid)
      expect(error.message).toContain(`PID ${process.pid}`)
      expect(error.message).toContain(error.holder?.command ?? '?')
      expect(error.message).toMatch(/Stop that process/)
    } finally {
      await db.close()
    }
    expect(existsSync(lockFile())).toBe(false)
  })

  it('waits for the holder when asked to, and opens once it lets go', async () => {
    const lock = await lockPGliteFolder(folder)
    setTimeout(() => lock.release(), 300)
    const waited = await lockPGliteFolder(folder, { waitMs: 60_000 })
    expect(waited.holder.pid).toBe(process.pid)
    expect(waited.holder.token).not.toBe(lock.holder.token)
    waited.release()
  })

  it('gives up waiting after the timeout', async () => {
    const lock = await lockPGliteFolder(folder)
    try {
      const error = await refusal(lockPGliteFolder(folder, { waitMs: 250 }))
      expect(error.holder?.token).toBe(lock.holder.token)
    } finally {
      lock.release()
    }
  })

  it.each([
    ['a live process on this host', () => ({ pid: process.ppid })],
    ['a process on another host', () => ({ pid: deadPid(), host: `not-${hostname()}` })],
  ])('counts a lock held by %s as held', async (_, describe) => {
    const holder = describe()
    writeLock(holder)
    const error = await refusal(lockPGliteFolder(folder))
    expect(error.holder).toMatchObject(holder)
    expect(existsSync(lockFile())).toBe(true)
  })

  it('counts an unreadable lock file as held, and says which file to remove', async () => {
    writeFileSync(lockFile(), '')
    const error = await refusal(lockPGliteFolder(folder))
    expect(error.holder).toBeNull()
    expect(error.message).toContain(lockFile())
  })

  const takeOvers: [string, () => Partial<LockHolder>][] = [
    ['a dead process', () => ({ pid: deadPid() })],
    ['an earlier process with this PID (a restarted container)', () => ({ pid: process.pid })],
  ]
  // Where /proc tells when a process started, a live PID that started after the lock is not its holder.
  if (existsSync('/proc/self/stat')) {
    takeOvers.push(['a process whose PID another has taken since', () => ({ pid: process.ppid, started: '1' })])
  }
  it.each(takeOvers)('takes over the lock of %s on this host', async (_, holder) => {
    writeLock({ ...holder(), token: 'dead' })
    const lock = await lockPGliteFolder(folder)
    expect(readLock().token).toBe(lock.holder.token)
    lock.release()
  })

  it('does not release a lock it no longer holds', async () => {
    const lock = await lockPGliteFolder(folder)
    writeLock({ pid: process.ppid, token: 'other' })
    lock.release()
    expect(readLock().token).toBe('other')
  })

  it.each([
    ['exits without closing', 'process.exit(0)', false],
    ['is killed', "process.kill(process.pid, 'SIGKILL')", true],
  ])('leaves the folder to the next opener when its holder %s', async (_, end, leftBehind) => {
    const script = `const { lockPGliteFolder } = await import(${JSON.stringify(STORE)})
      await lockPGliteFolder(${JSON.stringify(folder)}); ${end}`
    const child = spawn(process.execPath, ['--conditions=@vanban/source', '--input-type=module', '-e', script], {
      stdio: 'inherit',
    })
    await new Promise((resolve) => child.on('close', resolve))
    expect(existsSync(lockFile())).toBe(leftBehind)
    ;(await lockPGliteFolder(folder)).release()
  })
})
