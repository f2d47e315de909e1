import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createServer } from '@vanban/graphql'
import { type Database, ingestFiles, migrate, openDatabase } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Client, createClient } from '../src/client.ts'

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
const fixtures = fileURLToPath(new URL('../../../packages/extract/fixtures/articles', import.meta.url))
const ARTICLES = [
  'f03_huyen-uy-so-ket-nghi-quyet-35.txt',
  'f15_hoi-thao-bao-ve-nen-tang-tu-tuong.txt',
  'f08_hoi-thi-tuyen-truyen-vien-gioi.txt',
  'f33_tinh-uy-hoi-nghi-bao-ve-nen-tang-tu-tuong-dai.txt',
  'f02_tinh-doan-tap-huan-du-luan-xa-hoi.txt',
].map((name) => join(fixtures, name))

const API_KEY = 'example-key-1b9c'

describe('the typed client against a gateway running in-process on PGlite with sample articles', () => {
  let db: Database
  let gateway: ReturnType<typeof createServer>
  let client: Client

  beforeAll(async () => {
    db = await openDatabase('memory://')
    await migrate(db)
    await ingestFiles(db.prisma, ARTICLES)
    gateway = createServer({ prisma: db.prisma, apiKeys: [API_KEY] })
    client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: (input, init) => Promise.resolve(gateway.fetch(input, init)),
    })
  })

  afterAll(async () => {
    await db?.close()
  })

  it('gets a directive as a record that passes DirectiveSchema, from any spelling of its code', async () => {
    for (const spelling of ['35-NQ/TW', 'Nghị quyết số 35-NQ/TW']) {
      const answer = await client.directive(spelling)
      expect(answer.ok && answer.value?.record).toMatchObject({
        code: '35-NQ/TW',
        system: 'party',
        type: 'NQ',
        number: '35',
        issuerCode: 'TW',
        issuedOn: '2018-10-22',
      })
    }
  })

  it('reads relations both ways: 68-KH/TU implements 35-NQ/TW, 99-HD/BTGTW guides 85-QĐ/TW (asked as 85-QD/TW)', async () => {
    const resolution = await client.directive('35-NQ/TW')
    expect(resolution.ok && resolution.value?.relations).toContainEqual({
      type: 'implements',
      direction: 'incoming',
      code: '68-KH/TU',
    })
    const regulation = await client.directive('85-QD/TW')
    expect(regulation.ok && regulation.value?.record.code).toBe('85-QĐ/TW')
    expect(regulation.ok && regulation.value?.relations).toContainEqual({
      type: 'guides',
      direction: 'incoming',
      code: '99-HD/BTGTW',
    })
    const guidance = await client.directive('99-HD/BTGTW')
    expect(guidance.ok && guidance.value?.relations).toContainEqual({
      type: 'guides',
      direction: 'outgoing',
      code: '85-QĐ/TW',
    })
  })

  it('answers null, not an error, for a directive nothing cites', async () => {
    expect(await client.directive('57-NQ/TW')).toEqual({ ok: true, value: null })
  })

  it('pages through every event citing a directive, one per request, each passing EventSchema', async () => {
    const onePerPage = await client.eventsCiting('35-NQ/TW', 1)
    const allAtOnce = await client.eventsCiting('35-NQ/TW', 100)
    expect(onePerPage.ok && allAtOnce.ok).toBe(true)
    if (!onePerPage.ok || !allAtOnce.ok) return
    expect(onePerPage.value.length).toBeGreaterThanOrEqual(2)
    expect(onePerPage.value.map((e) => e.id)).toEqual(allAtOnce.value.map((e) => e.id))
    for (const { record } of onePerPage.value) expect(record.directives).toContain('35-NQ/TW')
    // f03: "Chiều 4/12/2023 ... Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW"
    expect(onePerPage.value.map((e) => e.record)).toContainEqual(
      expect.objectContaining({ kind: 'review', date: '2023-12-04', partOfDay: 'afternoon' }),
    )
  })

  it('searches without diacritics: events and articles about nền tảng tư tưởng', async () => {
    const answer = await client.search('nen tang tu tuong')
    expect(answer.ok).toBe(true)
    if (!answer.ok) return
    const types = answer.value.map((hit) => hit.type)
    expect(types).toContain('Event')
    expect(types).toContain('Article')
    expect(answer.value.some((hit) => hit.type === 'Article' && hit.label.includes('nền tảng tư tưởng'))).toBe(true)
  })

  it('refuses, as a value, an answer that does not pass core: a directive issued on 30 February', async () => {
    const liar = createClient({
      url: 'http://liar.test/graphql',
      fetch: async (input, init) => {
        const real = (await (await gateway.fetch(input, init)).json()) as {
          data: { directive: Record<string, unknown> }
        }
        real.data.directive.issuedOn = '2018-02-30'
        return Response.json(real)
      },
    })
    const answer = await liar.directive('35-NQ/TW')
    expect(answer.ok).toBe(false)
    if (!answer.ok)
      expect(answer.error).toMatchObject({ kind: 'invalid', message: expect.stringContaining('issuedOn') })
  })

  it('ingests an article with an API key, once, and is turned down without one', async () => {
    const text = readFileSync(join(fixtures, 'f09_phuong-phu-hoi-quan-triet-quy-dinh-144.txt'), 'utf8')
    const keyless = await client.ingestArticle({ text })
    expect(keyless.ok === false && keyless.error.kind).toBe('rejected')
    const keyed = createClient({
      url: 'http://gateway.test/graphql',
      apiKey: API_KEY,
      fetch: (input, init) => Promise.resolve(gateway.fetch(input, init)),
    })
    const first = await keyed.ingestArticle({ text, source: 'example' })
    expect(first.ok && first.value).toMatchObject({ status: 'new', directives: expect.arrayContaining(['144-QĐ/TW']) })
    const again = await keyed.ingestArticle({ text, source: 'example' })
    expect(again.ok && again.value.status).toBe('unchanged')
    const empty = await keyed.ingestArticle({ text: '' })
    expect(empty.ok === false && empty.error.kind).toBe('rejected')
  })

  it('reports an unreachable gateway as a network error', async () => {
    const nowhere = createClient({ url: 'http://127.0.0.1:9/graphql' })
    const answer = await nowhere.directive('35-NQ/TW')
    expect(answer.ok === false && answer.error.kind).toBe('network')
  })

  describe('over a loopback port, with the global fetch', () => {
    let server: Server
    beforeAll(async () => {
      server = createHttpServer(gateway)
      server.listen(0, '127.0.0.1')
      await once(server, 'listening')
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('gets the same directive', async () => {
      const { port } = server.address() as AddressInfo
      const answer = await createClient({ url: `http://127.0.0.1:${port}/graphql` }).directive('35-NQ/TW')
      expect(answer.ok && answer.value?.record.code).toBe('35-NQ/TW')
    })

    it('runs as the README writes it (pnpm ... start -- <code> --url <gateway>)', async () => {
      const { port } = server.address() as AddressInfo
      const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
      const line = readme.split('\n').find((l) => l.startsWith('pnpm --filter @vanban-examples/node-client start -- '))
      if (line === undefined) throw new Error('the README no longer shows the command with options')
      // `[--url ...]` marks the option as optional; give it, with this test's gateway
      const [command, ...args] = line
        .replace(/\[(--url) \S+\]/, `$1 http://127.0.0.1:${port}/graphql`)
        .trim()
        .split(' ')
      const { stdout } = await promisify(execFile)(command!, args, { cwd: repositoryRoot, timeout: 60_000 })
      expect(stdout).toMatch(/^35-NQ\/TW \(party, NQ, issued 2018-10-22/m)
    })
  })
})
