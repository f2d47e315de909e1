import { describe, expect, it, vi } from 'vitest'
import { portFrom } from '../src/port-option.ts'
import { runCli } from './cli-helpers.ts'

// Each CLI run starts Node in a child process; slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 })

// Bad settings are refused with the reason and a non-zero exit, never replaced by a default.
describe('settings that are not what they claim', () => {
  it.each([
    ['--port', 'eighty', undefined, '--port eighty: expected a whole number from 0 to 65535'],
    ['PORT', undefined, 'abc', 'PORT=abc: expected a whole number from 0 to 65535'],
    ['PORT out of range', undefined, '70000', 'PORT=70000: expected a whole number from 0 to 65535'],
    ['PORT with a sign', undefined, '-1', 'PORT=-1: expected a whole number from 0 to 65535'],
  ])('%s: %s %s is refused', (_name, option, env, error) => {
    expect(portFrom(option, env === undefined ? {} : { PORT: env })).toEqual({ ok: false, error })
  })

  it.each([
    [undefined, {}, 4000],
    [undefined, { PORT: '' }, 4000],
    [undefined, { PORT: '8080' }, 8080],
    ['0', { PORT: 'abc' }, 0],
  ])('--port %s with %o listens on %i', (option, env, port) => {
    expect(portFrom(option, env)).toEqual({ ok: true, port })
  })

  it.each([['serve'], ['ingest'], ['migrate']])(
    'vanban %s refuses a mysql:// database URL, saying what is accepted',
    async (command) => {
      const args = command === 'ingest' ? ['ingest', 'nothing.txt'] : [command]
      const run = await runCli(args, { DATABASE_URL: 'mysql://root@localhost/vanban' })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /mysql:\/\/ is not a database vanban can use: give a postgres:\/\/ .*URL, memory:\/\/, or a folder/,
      )
    },
  )

  it('vanban serve refuses PORT=abc instead of serving on 4000', async () => {
    const run = await runCli(['serve', '--db', 'memory://'], { PORT: 'abc' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('PORT=abc: expected a whole number from 0 to 65535')
  })
})
