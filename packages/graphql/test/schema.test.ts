import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema as buildFromSdl, type GraphQLObjectType, isObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { buildSchema, printSortedSchema } from '../src/schema/index.ts'

const committed = readFileSync(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8')

function fieldsOf(type: string): string[] {
  const found = buildFromSdl(committed).getType(type)
  if (!isObjectType(found)) throw new Error(`${type} is not an object type in schema.graphql`)
  return Object.keys((found as GraphQLObjectType).getFields())
}

describe('the committed schema', () => {
  it('is what the code builds (run scripts/print-schema.ts after changing the schema)', () => {
    expect(committed).toBe(printSortedSchema(buildSchema()))
  })

  it("has the contract's queries and mutation", () => {
    expect(fieldsOf('Query')).toEqual(
      expect.arrayContaining(['node', 'directive', 'directives', 'events', 'articles', 'search']),
    )
    expect(fieldsOf('Mutation')).toEqual(expect.arrayContaining(['ingestArticle']))
    expect(committed).toMatch(
      /directive\(\s*"""[^"]*"""\s*code: String!\s*\): Directive|directive\(code: String!\): Directive/,
    )
    expect(committed).toMatch(/ingestArticle\(input: IngestArticleInput!\): IngestArticlePayload!/)
    expect(committed).toMatch(
      /search\(after: String, filter: SearchFilter, first: Int, query: String!\): SearchConnection!/,
    )
    expect(fieldsOf('SearchConnection')).toEqual(['edges', 'pageInfo', 'totalCount', 'totalCountIsEstimate'])
    expect(fieldsOf('SearchEdge')).toEqual(expect.arrayContaining(['cursor', 'score', 'node', 'snippet']))
    expect(fieldsOf('SearchSnippet')).toEqual(expect.arrayContaining(['text', 'ranges', 'html']))
  })

  it("has the contract's fields on records and connections", () => {
    expect(fieldsOf('Directive')).toEqual(
      expect.arrayContaining([
        'id',
        'code',
        'type',
        'number',
        'issuerCode',
        'issuedOn',
        'issuingBody',
        'title',
        'events',
        'articles',
        'relations',
      ]),
    )
    expect(fieldsOf('Event')).toEqual(
      expect.arrayContaining([
        'id',
        'kind',
        'date',
        'dateInferred',
        'dateConfidence',
        'partOfDay',
        'title',
        'organizer',
        'location',
        'directives',
        'articles',
        'participants',
      ]),
    )
    expect(fieldsOf('Article')).toEqual(
      expect.arrayContaining(['id', 'title', 'publishedAt', 'byline', 'url', 'source', 'body', 'directives', 'events']),
    )
    for (const connection of [
      'DirectiveConnection',
      'EventConnection',
      'ArticleConnection',
      'SearchConnection',
      'DirectiveEventConnection',
      'DirectiveArticleConnection',
    ]) {
      expect(fieldsOf(connection), connection).toEqual(expect.arrayContaining(['edges', 'pageInfo', 'totalCount']))
    }
    expect(fieldsOf('DirectiveRelation')).toEqual(expect.arrayContaining(['type', 'direction', 'directive']))
  })

  it("has the contract's filters and typed errors", () => {
    expect(committed).toMatch(
      /input DirectiveFilter \{[^}]*issuedFrom: String[^}]*issuedTo: String[^}]*issuerCode: String[^}]*type: String/s,
    )
    expect(committed).toMatch(
      /input EventFilter \{[^}]*directive: String[^}]*from: String[^}]*kind: EventKind[^}]*organizer: String[^}]*to: String/s,
    )
    expect(committed).toMatch(/input ArticleFilter \{[^}]*directive: String[^}]*from: String[^}]*to: String/s)
    expect(committed).toMatch(/input IngestArticleInput \{[^}]*source: String[^}]*text: String![^}]*url: String/s)
    expect(fieldsOf('ValidationError')).toEqual(expect.arrayContaining(['field', 'reason', 'message']))
    expect(fieldsOf('NotAuthorizedError')).toEqual(['message'])
  })
})
