import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer } from '../../src/server/index.ts'
import { freshDatabase, testServer } from '../graphql-harness.ts'
import { attack } from './attack.ts'

const TYPO = { query: '{ directiv(code: "85-QĐ/TW") { code } }' }
const ENUM_TYPO = {
  query: 'query($k: EventKind) { events(filter: { kind: $k }) { totalCount } }',
  variables: { k: 'disseminatio' },
}
const UNKNOWN_KEY = {
  query: 'query($f: EventFilter) { events(filter: $f) { totalCount } }',
  variables: { f: { organiser: 'Sở Nội vụ' } },
}

describe('what the server tells a stranger (PGlite)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>

  beforeAll(async () => {
    db = await freshDatabase('pglite')
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  async function withNodeEnv<T>(value: string, run: () => Promise<T>): Promise<T> {
    const previous = process.env.NODE_ENV
    process.env.NODE_ENV = value
    try {
      return await run()
    } finally {
      process.env.NODE_ENV = previous
    }
  }

  const HIDDEN = [
    { name: 'NODE_ENV=production', env: 'production', options: {} },
    { name: 'introspection turned off', env: 'test', options: { introspection: false } },
    { name: 'NODE_ENV=production with introspection on', env: 'production', options: { introspection: true } },
  ]

  it('suggests no field or enum value in production or without introspection, and does elsewhere', async () => {
    for (const { name, env, options } of HIDDEN) {
      await withNodeEnv(env, async () => {
        const server = testServer(db, options)
        for (const request of [TYPO, ENUM_TYPO, UNKNOWN_KEY]) {
          const answer = await attack(server, request)
          expect(answer.body.errors, `${name}: ${request.query}`).toHaveLength(1)
          expect(JSON.stringify(answer.body), `${name}: ${request.query}`).not.toMatch(
            /did you mean|directive"|dissemination|organizer|accepts/i,
          )
        }
      })
    }
    const open = await attack(testServer(db), TYPO)
    expect(open.body.errors?.[0]?.message).toMatch(/Did you mean "directive"/)
    const named = await attack(testServer(db), UNKNOWN_KEY)
    expect(named.body.errors?.[0]?.message).toMatch(/EventFilter has no field "organiser"; it accepts .*organizer/)
  })

  it('lets no origin read answers with credentials by default', async () => {
    const server = testServer(db)
    const preflight = await server.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    const answer = await attack(server, { query: '{ __typename }' }, { origin: 'https://evil.example', cookie: 'a=b' })
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('gives credentials only to the origins named', async () => {
    const server = testServer(db, {
      cors: { origins: ['https://app.example', 'https://admin.example'], credentials: true },
    })
    const allowed = await attack(server, { query: '{ __typename }' }, { origin: 'https://app.example' })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    const other = await attack(server, { query: '{ __typename }' }, { origin: 'https://evil.example' })
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(() => testServer(db, { cors: { credentials: true } })).toThrow(/cors.credentials needs cors.origins/)
  })

  it('warns at start when VANBAN_API_KEYS is empty', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    const previous = process.env.VANBAN_API_KEYS
    process.env.VANBAN_API_KEYS = ' , '
    try {
      createServer({ prisma: db.prisma })
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no API keys are configured/), {
        code: 'VANBAN_NO_API_KEYS',
      })
      warn.mockClear()
      createServer({ prisma: db.prisma, apiKeys: ['a-key'] })
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
      if (previous === undefined) delete process.env.VANBAN_API_KEYS
      else process.env.VANBAN_API_KEYS = previous
    }
  })
})
