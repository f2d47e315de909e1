import { describe, expect, it } from 'vitest'
import { createServer } from '../src/server/index.ts'

// GraphiQL must work with no network: every script and style it needs is in the page itself.
describe('GraphiQL', () => {
  const server = createServer({ prisma: {} as never, apiKeys: [], graphiql: true })

  it('is served from the installed package, with nothing loaded from another host', async () => {
    const response = await server.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL')
    const external = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?(https?:)?\/\/[^"'\s>]+/gi)]
    expect(external.map((m) => m[0])).toEqual([])
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./)
  })
})
