import { afterEach, describe, expect, it, vi } from 'vitest'
import { GatewayError, graphql, lookup, refusedArgument } from '../src/graphql.ts'
import { errorMessageVi } from '../src/messages.ts'

const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) { id }
  }
`)

// The gateway's answers, as graphql-yoga writes them.
const answers = {
  found: { data: { node: { id: 'RXZlbnQ6MQ==' } } },
  'well-formed id that names nothing': { data: { node: null } },
  'malformed id': {
    errors: [{ message: 'Invalid global ID: bogus', path: ['node'] }],
    data: { node: null },
  },
  'id of an unknown type': {
    errors: [{ message: 'foo has not been implemented', path: ['node'] }],
    data: { node: null },
  },
  'argument refused by a validator': {
    errors: [{ message: 'id: bad', path: ['node'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } }],
    data: null,
  },
  'the gateway failing': {
    errors: [{ message: 'Unexpected error.', path: ['node'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    data: { node: null },
  },
  'a nested field failing': {
    errors: [{ message: 'Invalid cursor', path: ['node', 'articles'] }],
    data: { node: null },
  },
  'a request-level error': { errors: [{ message: 'Syntax Error: Unexpected Name' }] },
} as const

function answer(body: unknown): void {
  vi.stubGlobal(
    'fetch',
    async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('looking a record up by id: a refused id is a record not found, other failures stay errors', () => {
  it.each([
    ['found', { node: { id: 'RXZlbnQ6MQ==' } }],
    ['well-formed id that names nothing', { node: null }],
    ['malformed id', null],
    ['id of an unknown type', null],
    ['argument refused by a validator', null],
  ] as const)('%s gives %j', async (name, expected) => {
    answer(answers[name])
    expect(await lookup(NodeQuery, { id: 'bogus' }, 'node')).toEqual(expected)
  })

  it.each(['the gateway failing', 'a nested field failing', 'a request-level error'] as const)(
    '%s is thrown, with the gateway problems kept',
    async (name) => {
      answer(answers[name])
      const error = await lookup(NodeQuery, { id: 'x' }, 'node').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(GatewayError)
      expect(refusedArgument(error, 'node')).toBe(false)
      expect((error as GatewayError).problems.map((p) => p.message)).toEqual(answers[name].errors.map((e) => e.message))
    },
  )

  it('takes a refusal of another field for an error', async () => {
    answer(answers['malformed id'])
    const error = await lookup(NodeQuery, { id: 'bogus' }, 'directive').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GatewayError)
  })

  it('throws, with no problems, when the gateway does not answer', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed')
    })
    const error = await lookup(NodeQuery, { id: 'x' }, 'node').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).problems).toEqual([])
  })
})

describe('errorMessageVi tells the reader in Vietnamese, never with the gateway English', () => {
  it.each([
    [new GatewayError('the gateway at /graphql did not answer: TypeError'), 'Không nhận được trả lời'],
    [
      new GatewayError('Unexpected error.', [{ message: 'Unexpected error.', code: 'INTERNAL_SERVER_ERROR' }]),
      'Máy chủ dữ liệu gặp lỗi',
    ],
    [
      new GatewayError('Invalid global ID: bogus', [{ message: 'Invalid global ID: bogus', path: ['node'] }]),
      'Máy chủ dữ liệu gặp lỗi',
    ],
    [new TypeError("Cannot read properties of null (reading 'name')"), 'Ứng dụng gặp lỗi'],
    ['a thrown string', 'Ứng dụng gặp lỗi'],
  ])('%s', (error, expected) => {
    const message = errorMessageVi(error)
    expect(message).toContain(expected)
    if (error instanceof Error) expect(message).not.toContain(error.message)
  })
})
