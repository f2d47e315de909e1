import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../../src/server/index.ts'
import { freshDatabase, seed, TARGETS, TEST_KEY, testServer } from '../graphql-harness.ts'
import { attack } from './attack.ts'

const base64 = (text: string) => Buffer.from(text).toString('base64')

describe.each(TARGETS)('hostile input on %s', (target) => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer

  beforeAll(async () => {
    db = await freshDatabase(target)
    await seed(db)
    server = testServer(db)
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  it('answers an EventFilter of 80,000 unknown keys (869 KB) with one short error', async () => {
    const filter = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, 1]))
    const request = { query: 'query($f: EventFilter) { events(filter: $f) { totalCount } }', variables: { f: filter } }
    expect(JSON.stringify(request).length).toBeGreaterThan(850_000)
    const answer = await attack(server, request)
    expect(answer.status).toBe(400)
    expect(answer.bytes).toBeLessThan(1024)
    expect(answer.body.errors).toHaveLength(1)
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: '$f' })
    expect(answer.body.errors?.[0]?.message).toMatch(
      /EventFilter has no field "k0", "k1", "k2" and 79997 more; it accepts /,
    )
  })

  it('cuts an error quoting a 900 KB value to the longest message accepted', async () => {
    const answer = await attack(server, {
      query: 'query($k: EventKind) { events(filter: { kind: $k }) { totalCount } }',
      variables: { k: 'x'.repeat(900_000) },
    })
    expect(answer.status).toBe(400)
    expect(answer.bytes).toBeLessThan(1_000 + 512)
    expect(answer.body.errors?.[0]?.message).toMatch(/… \(cut at 1000 of \d+ characters\)$/)
  })

  it.each([
    {
      name: 'a NUL in a literal',
      query: '{ events(filter: { organizer: "a\\u0000b" }) { totalCount } }',
      field: 'filter.organizer',
    },
    {
      name: 'a NUL in a variable',
      query: 'query($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: 'ab\u0000c' },
      field: '$q',
    },
    {
      name: 'a lone surrogate in a variable',
      query: 'query($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: 'ab\ud800c' },
      field: '$q',
    },
    {
      name: 'a NUL in an article to ingest',
      query: 'mutation($text: String!) { ingestArticle(input: { text: $text }) { __typename } }',
      variables: { text: 'Ngày 1/1/2024 \u0000 Quy định 85-QĐ/TW' },
      field: '$text',
      key: TEST_KEY,
    },
  ])('refuses $name with a typed ValidationError naming the input', async ({ query, variables, field, key }) => {
    const answer = await attack(
      server,
      { query, variables: variables ?? {} },
      key ? { authorization: `Bearer ${key}` } : {},
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveLength(1)
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field })
    expect(answer.body.errors?.[0]?.message).toMatch(/NUL characters .* unpaired UTF-16 surrogates/)
  })

  const GARBAGE_CURSORS = {
    garbage: 'garbage!!',
    'a string where the id is a number': base64('GPC:S:abc'),
    'a fraction': base64('GPC:N:1.5'),
    'a negative id': base64('GPC:N:-3'),
  }

  it('refuses garbage cursors with a typed error and reads a genuine one', async () => {
    for (const [name, cursor] of Object.entries(GARBAGE_CURSORS)) {
      const answer = await attack(server, { query: `{ directives(after: "${cursor}") { totalCount } }` })
      expect(answer.body.errors?.[0]?.extensions, name).toEqual({ code: 'BAD_USER_INPUT', field: 'after' })
      expect(answer.body.errors?.[0]?.message, name).toMatch(/not a cursor from this list/)
    }
    const first = await attack(server, { query: '{ directives(first: 1) { edges { cursor } } }' })
    const cursor = first.body.data.directives.edges[0].cursor
    const next = await attack(server, { query: `{ directives(first: 1, after: "${cursor}") { edges { cursor } } }` })
    expect(next.body.errors).toBeUndefined()
    expect(next.body.data.directives.edges[0].cursor).not.toBe(cursor)
  })

  const FORGED_IDS = ['Directive:1 OR 1=1', 'Directive:01', 'Directive:1:2', 'Directive:-1', 'directive:1']

  it('resolves no record for a forged id, with a typed error, and resolves a genuine one', async () => {
    for (const forged of FORGED_IDS) {
      const answer = await attack(server, { query: `{ node(id: "${base64(forged)}") { id } }` })
      expect(answer.body.data?.node, forged).toBeNull()
      expect(answer.body.errors?.[0]?.extensions, forged).toEqual({ code: 'BAD_USER_INPUT', field: 'id' })
    }
    const listed = await attack(server, { query: '{ directives(first: 1) { edges { node { id code } } } }' })
    const { id, code } = listed.body.data.directives.edges[0].node
    const answer = await attack(server, { query: `{ node(id: "${id}") { ... on Directive { code } } }` })
    expect(answer.body.data.node.code).toBe(code)
  })
})
