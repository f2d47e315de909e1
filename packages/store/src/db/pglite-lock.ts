import { randomUUID } from 'node:crypto'
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, join } from 'node:path'
import { z } from 'zod'

/**
 * Who holds a PGlite folder: what the lock file `vanban.lock` in the folder records. PGlite runs
 * PostgreSQL inside one process with no shared memory or postmaster between processes, so two
 * processes writing one folder each cache pages the other overwrites, and the folder ends up
 * with duplicate keys and corrupt indexes; hence one process per folder.
 */
export const LockHolderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** The holder's command line, shortened. */
  command: z.string(),
  /** When the lock was taken (ISO 8601). */
  since: z.string(),
  /** When the holder process started, as Linux counts it (`/proc/<pid>/stat`); null elsewhere. */
  started: z.string().nullable(),
  /** Tells this holding apart from a later one by the same PID. */
  token: z.string(),
})

/** The process holding a PGlite folder. */
export type LockHolder = z.infer<typeof LockHolderSchema>

/** The error `openDatabase` throws when another process holds the PGlite folder. */
export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError'
  readonly code = 'VANBAN_DATABASE_LOCKED'
  /** The PGlite folder. */
  readonly folder: string
  /** Who holds it: `null` when the lock file could not be read. */
  readonly holder: LockHolder | null

  constructor(folder: string, holder: LockHolder | null) {
    super(
      `the PGlite database at ${folder} is in use by ${describeHolder(holder)}; an embedded database takes one ` +
        `process at a time (two corrupt it). Stop that process, or send the work through it, or use PostgreSQL ` +
        `(a postgres:// URL) for several writers. If no such process runs, remove ${join(folder, LOCK_FILE)}`,
    )
    this.folder = folder
    this.holder = holder
  }
}

function describeHolder(holder: LockHolder | null): string {
  if (holder === null) return 'another process (its lock file is unreadable)'
  const where = holder.host === hostname() ? '' : ` on host ${holder.host}`
  return `PID ${holder.pid}${where} (\`${holder.command}\`, since ${holder.since})`
}

/** A held PGlite folder lock; `release()` removes the lock file if it is still this holder's. */
export interface PGliteLock {
  readonly holder: LockHolder
  release(): void
}

/** Options of `lockPGliteFolder`. */
export interface LockOptions {
  /** How long to wait for the holder to let go, in milliseconds (default 0: fail at once). */
  waitMs?: number
}

const LOCK_FILE = 'vanban.lock'
// The guard for taking over a dead holder's lock is held for a few file operations; one older
// than this was left by a process that died in between.
const TAKEOVER_STALE_MS = 10_000
const POLL_MS = 200
// The tokens of the locks this process holds, shared by every copy of this module that the
// process loads (the ESM and CommonJS builds both, say).
const heldTokens = processWide('vanban.pgliteLocks', () => new Set<string>())
const MAX_RACES = 50
const RACE_MS = 10

function processWide<T>(name: string, create: () => T): T {
  const slots = globalThis as Record<symbol, unknown>
  const key = Symbol.for(name)
  if (!(key in slots)) slots[key] = create()
  return slots[key] as T
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Takes the single-writer lock of a PGlite folder (which must exist): creates `vanban.lock` in
 * it atomically, holding this process's PID, host and command, and removes it on `release()` or
 * when the process exits. A lock whose holder is dead (a PID on this host that no longer runs)
 * is taken over. When a live process holds it, waits up to `waitMs`, then throws
 * {@link DatabaseLockedError} naming the holder.
 */
export async function lockPGliteFolder(folder: string, options: LockOptions = {}): Promise<PGliteLock> {
  const deadline = Date.now() + (options.waitMs ?? 0)
  for (let races = 0; ; races++) {
    const attempt = tryLock(folder)
    if (attempt.ok) return attempt.lock
    // Lost a race for a dead holder's lock: look again shortly, to find (and name) the winner.
    const raced = attempt.raced && races < MAX_RACES
    if (!raced && Date.now() >= deadline) throw new DatabaseLockedError(folder, attempt.holder)
    await sleep(raced ? RACE_MS : Math.min(POLL_MS, Math.max(deadline - Date.now(), 1)))
  }
}

type Attempt = { ok: true; lock: PGliteLock } | { ok: false; holder: LockHolder | null; raced: boolean }

function tryLock(folder: string): Attempt {
  const path = join(folder, LOCK_FILE)
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: commandLine(),
    since: new Date().toISOString(),
    started: processStart(process.pid),
    token: randomUUID(),
  }
  if (createExclusive(path, holder)) return { ok: true, lock: heldLock(path, holder) }
  const current = readHolder(path)
  if (current === 'absent') return { ok: false, holder: null, raced: true }
  if (current === null || isAlive(current)) return { ok: false, holder: current, raced: false }
  if (!takeOver(path, current) || !createExclusive(path, holder)) return { ok: false, holder: current, raced: true }
  return { ok: true, lock: heldLock(path, holder) }
}

// The lock file appears with its whole content or not at all: written under a name of its own,
// then hard-linked to the lock's name, which fails if that exists (an exclusive create, as
// O_EXCL, with no moment at which a reader sees it empty). Where the file system has no hard
// links, an O_EXCL create; a reader seeing it empty meanwhile counts it as held.
function createExclusive(path: string, holder: LockHolder): boolean {
  const content = `${JSON.stringify(holder)}\n`
  const draft = `${path}.${holder.token}`
  writeFileSync(draft, content, { flag: 'wx' })
  try {
    linkSync(draft, path)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    if (!NO_HARD_LINKS.has(String(errorCode(error)))) throw error
  } finally {
    unlinkSync(draft)
  }
  try {
    writeFileSync(path, content, { flag: 'wx' })
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

function readHolder(path: string): LockHolder | null | 'absent' {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent'
    throw error
  }
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

// A holder on another host cannot be checked, so it counts as alive. One with this process's PID
// is alive only if this process took it: else it is an earlier process that had the same PID (a
// restarted container's PID 1). `kill(pid, 0)` sends nothing: it fails with ESRCH when no such
// process exists (EPERM means one runs as another user); a process that started at another time
// than the holder has reused its PID.
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true
  if (holder.pid === process.pid) return heldTokens.has(holder.token)
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if (errorCode(error) === 'ESRCH') return false
  }
  const started = processStart(holder.pid)
  return holder.started === null || started === null || started === holder.started
}

// The start time of a process in clock ticks after boot: field 22 of /proc/<pid>/stat, counted
// after the command name's closing parenthesis (the name may hold spaces). Null without /proc.
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

/**
 * Removes a dead holder's lock file. Several processes may find the same dead lock at once, so
 * the removal happens under a short-lived guard file, after checking that the lock file is still
 * the dead holder's: otherwise one of them could remove the lock another had just taken.
 */
function takeOver(path: string, dead: LockHolder): boolean {
  const guard = `${path}.takeover`
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' })
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error
    removeIfOlderThan(guard, TAKEOVER_STALE_MS)
    return false
  }
  try {
    const current = readHolder(path)
    if (current !== 'absent' && (current === null || current.token !== dead.token)) return false
    if (current !== 'absent') unlinkSync(path)
    return true
  } finally {
    unlinkSync(guard)
  }
}

function removeIfOlderThan(path: string, ms: number): void {
  try {
    if (Date.now() - statSync(path).mtimeMs > ms) unlinkSync(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
}

function heldLock(path: string, holder: LockHolder): PGliteLock {
  let held = true
  heldTokens.add(holder.token)
  const release = () => {
    if (!held) return
    held = false
    heldTokens.delete(holder.token)
    process.off('exit', release)
    // Only this holding's file: never one another process took after it.
    const current = readHolder(path)
    if (current !== 'absent' && current?.token === holder.token) unlinkSync(path)
  }
  // `exit` runs on a normal end and on process.exit(); a process killed by a signal leaves the
  // file behind with a dead PID, which the next opener takes over.
  process.on('exit', release)
  return { holder, release }
}

// `node /…/bin/vanban.js serve --db x` as `vanban.js serve --db x`, at most 200 characters.
function commandLine(): string {
  const [script, ...args] = process.argv.slice(1)
  const words = [script === undefined ? basename(process.execPath) : basename(script), ...args]
  const text = words.join(' ')
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function errorCode(error: unknown): unknown {
  return error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined
}
