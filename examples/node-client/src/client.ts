import { print } from '@0no-co/graphql.web'
import {
  type Directive,
  type DirectiveRelationType,
  DirectiveRelationTypeSchema,
  DirectiveSchema,
  type Event,
  EventSchema,
} from '@vanban/core'
import { readFragment, type TadaDocumentNode } from 'gql.tada'
import { graphql, type ResultOf } from './graphql.ts'
import { fail, ok, type Result } from './result.ts'

/** Where the gateway is and how to reach it. */
export type ClientOptions = {
  /** The GraphQL endpoint, `http://127.0.0.1:4000/graphql`. */
  url: string
  /** Sent as `Authorization: Bearer <key>`; only mutations need one. */
  apiKey?: string
  /** A fetch to use instead of the global one: a graphql-yoga instance's `fetch` runs the gateway in-process. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>
}

/** A record as the gateway stores it: its node id (for `node(id:)`) and the record, checked by core's schema. */
export type Stored<T> = { readonly id: string; readonly record: T }

/** A relation from the side of the directive asked for: `outgoing` when that directive is the source. */
export type RelationView = {
  readonly type: DirectiveRelationType
  readonly direction: 'outgoing' | 'incoming'
  readonly code: string
}

/** One search hit: which kind of record, its node id, and a line to show. */
export type SearchHit = { readonly type: string; readonly id: string; readonly label: string }

const DirectiveFields = graphql(`
  fragment DirectiveFields on Directive {
    id key code system type number year issuerCode issuedOn issuingBody title inferred
  }
`)

const DirectiveQuery = graphql(
  `
  query Directive($code: String!) {
    directive(code: $code) {
      ...DirectiveFields
      relations { type direction directive { code } }
    }
  }
`,
  [DirectiveFields],
)

const EventsQuery = graphql(`
  query EventsCiting($code: String!, $first: Int!, $after: String) {
    events(first: $first, after: $after, filter: { directive: $code }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind title date partOfDay location organizer { name } directives { code }
          province { code name } provinceSource provinceConfidence
        }
      }
    }
  }
`)

const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      edges {
        node {
          __typename
          ... on Directive { id code title }
          ... on Event { id kind title date }
          ... on Article { id title publishedAt }
          ... on Organization { id name }
          ... on Person { id name }
        }
      }
    }
  }
`)

const IngestMutation = graphql(`
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticleResult {
        status warnings
        article { id title publishedAt directives { code } }
        events { created matched }
      }
      ... on ValidationError { field reason message }
      ... on NotAuthorizedError { message }
    }
  }
`)

/** What `ingestArticle` stored: the article's node id, whether it was new, and the codes it cites. */
export type Ingested = {
  readonly status: string
  readonly articleId: string
  readonly title: string | null
  readonly directives: readonly string[]
  readonly eventsCreated: number
  readonly warnings: readonly string[]
}

type GatewayEvent = ResultOf<typeof EventsQuery>['events']['edges'][number]['node']

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`).join('; ')
}

// The gateway sends GraphQL enum names (THEMATIC_SESSION, MORNING); core's values are their lower case.
function eventRecord(e: GatewayEvent): Result<Stored<Event>> {
  const parsed = EventSchema.safeParse({
    kind: e.kind.toLowerCase(),
    title: e.title,
    date: e.date,
    partOfDay: e.partOfDay?.toLowerCase() ?? null,
    organizer: e.organizer?.name ?? null,
    location: e.location,
    province:
      e.province === null || e.provinceSource === null || e.provinceConfidence === null
        ? null
        : { ...e.province, source: e.provinceSource.toLowerCase(), confidence: e.provinceConfidence },
    directives: e.directives.map((d) => d.code),
    provenance: null,
  })
  return parsed.success
    ? ok({ id: e.id, record: parsed.data })
    : fail('invalid', `event ${e.id}: ${issues(parsed.error)}`)
}

/**
 * A client for a vanban gateway: typed queries (gql.tada) whose answers are checked against
 * @vanban/core's zod schemas before they are returned, and every failure returned as a value.
 */
export function createClient(options: ClientOptions) {
  const send = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init))

  async function run<R, V>(document: TadaDocumentNode<R, V>, variables: V): Promise<Result<R>> {
    let response: Response
    try {
      response = await send(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }),
        },
        body: JSON.stringify({ query: print(document), variables }),
      })
    } catch (error) {
      return fail('network', `${options.url} did not answer: ${String(error)}`)
    }
    const body = (await response.json().catch(() => null)) as { data?: R | null; errors?: { message: string }[] } | null
    if (body?.errors?.length) return fail('graphql', body.errors.map((e) => e.message).join('; '))
    if (!response.ok || body?.data == null)
      return fail('http', `${options.url} answered ${response.status} without data`)
    return ok(body.data)
  }

  return {
    /** The directive with this code (any spelling the gateway's parser accepts), with its relations both ways; `null` when unknown. */
    async directive(code: string): Promise<Result<(Stored<Directive> & { relations: RelationView[] }) | null>> {
      const answer = await run(DirectiveQuery, { code })
      if (!answer.ok) return answer
      const d = answer.value.directive
      if (d === null) return ok(null)
      const { id, ...fields } = readFragment(DirectiveFields, d)
      const record = DirectiveSchema.safeParse(fields)
      if (!record.success) return fail('invalid', `directive ${code}: ${issues(record.error)}`)
      const relations: RelationView[] = []
      for (const r of d.relations) {
        const type = DirectiveRelationTypeSchema.safeParse(r.type.toLowerCase())
        if (!type.success) return fail('invalid', `directive ${code}: unknown relation type ${r.type}`)
        relations.push({
          type: type.data,
          direction: r.direction === 'INCOMING' ? 'incoming' : 'outgoing',
          code: r.directive.code,
        })
      }
      return ok({ id, record: record.data, relations })
    },

    /** Every event that disseminates, implements or reviews the directive, page by page (`pageSize` per request). */
    async eventsCiting(code: string, pageSize = 20): Promise<Result<Stored<Event>[]>> {
      const events: Stored<Event>[] = []
      let after: string | null = null
      for (;;) {
        const answer: Result<ResultOf<typeof EventsQuery>> = await run(EventsQuery, { code, first: pageSize, after })
        if (!answer.ok) return answer
        for (const { node } of answer.value.events.edges) {
          const event = eventRecord(node)
          if (!event.ok) return event
          events.push(event.value)
        }
        const page: { hasNextPage: boolean; endCursor?: string | null } = answer.value.events.pageInfo
        if (!page.hasNextPage || page.endCursor == null) return ok(events)
        after = page.endCursor
      }
    },

    /**
     * Sends one article's text to be extracted and stored (needs `apiKey`). The gateway's typed
     * errors come back as `rejected`: a missing or wrong key, or an input it does not accept.
     */
    async ingestArticle(input: { text: string; url?: string; source?: string }): Promise<Result<Ingested>> {
      const answer = await run(IngestMutation, { input })
      if (!answer.ok) return answer
      const payload = answer.value.ingestArticle
      switch (payload.__typename) {
        case 'IngestArticleResult':
          return ok({
            status: payload.status,
            articleId: payload.article.id,
            title: payload.article.title,
            directives: payload.article.directives.map((d) => d.code),
            eventsCreated: payload.events.created,
            warnings: payload.warnings,
          })
        case 'ValidationError':
          return fail('rejected', `${payload.field}: ${payload.reason}`)
        case 'NotAuthorizedError':
          return fail('rejected', payload.message)
      }
    },

    /** Records whose text matches `query`, diacritics or not, best first. */
    async search(query: string, first = 20): Promise<Result<SearchHit[]>> {
      const answer = await run(SearchQuery, { query, first })
      if (!answer.ok) return answer
      return ok(
        // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every __typename and returns in each
        answer.value.search.edges.map(({ node }): SearchHit => {
          switch (node.__typename) {
            case 'Directive':
              return {
                type: node.__typename,
                id: node.id,
                label: node.title ? `${node.code} ${node.title}` : node.code,
              }
            case 'Event':
              return {
                type: node.__typename,
                id: node.id,
                label: [node.date, node.title ?? node.kind].filter(Boolean).join(' '),
              }
            case 'Article':
              return { type: node.__typename, id: node.id, label: node.title ?? '(untitled)' }
            case 'Organization':
            case 'Person':
              return { type: node.__typename, id: node.id, label: node.name }
          }
        }),
      )
    },
  }
}

/** A vanban gateway client. */
export type Client = ReturnType<typeof createClient>
