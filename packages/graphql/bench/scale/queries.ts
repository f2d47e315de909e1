/**
 * The GraphQL operations `pnpm bench:scale` times, in one place: when the schema changes (search
 * on a stored tsvector, keyset connections, `timeline` as a connection), this is the module to
 * adjust. Each case is a request body; `variables` come from the archive (a directive's code, a
 * person's name) so that every case asks about something that is there.
 */

/** What the archive offers the cases to ask about. */
export type Subjects = {
  /** A phrase many articles contain. */
  commonPhrase: string
  /** A word only a few articles contain. */
  rareWord: string
  /** The most cited directive's code. */
  directiveCode: string
  /** The code of a directive few events cite (the point lookup's other extreme). */
  rareDirectiveCode: string
  /** The name of a person who chaired events. */
  personName: string
  /** That name with a typo. */
  typo: string
  /** A year the events filter asks for. */
  year: string
}

/** One timed operation. */
export type Case = { name: string; query: string; variables: Record<string, unknown> }

const SEARCH = `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    edges { score node { __typename
      ... on Article { id title publishedAt }
      ... on Directive { id code title }
      ... on Event { id title date }
      ... on Organization { id name }
      ... on Person { id name } } } } }`

const EVENTS_BY_DIRECTIVE = `query EventsByDirective($code: String!, $from: String!, $to: String!, $first: Int!) {
  events(first: $first, filter: { directive: $code, from: $from, to: $to }) {
    totalCount
    edges { node { id kind date title organizer { name } } } } }`

const TIMELINE = `query Timeline($code: String!, $first: Int!) {
  directive(code: $code) { code title
    timeline(first: $first) { edges { node { date event { id title } article { id title } } } } } }`

// bench:graphql's point lookup: the directive and the first page of its events
const LOOKUP = `query Lookup($code: String!, $first: Int!) {
  directive(code: $code) { code title events(first: $first) { edges { node { id kind date title } } } } }`

/** The article listing; `after` is null for page 1. */
export const ARTICLES = `query Articles($first: Int!, $after: String) {
  articles(first: $first, after: $after) {
    edges { node { id title publishedAt source } }
    pageInfo { endCursor hasNextPage } } }`

/** Articles per listing page. */
export const PAGE_SIZE = 20

/** The cases, in the order they are timed; `deepCursor` is the cursor ending page `deepPage - 1` (page 500 at scale). */
export function scaleCases(s: Subjects, deepCursor: string | null, deepPage: number): Case[] {
  const search = (name: string, query: string): Case => ({ name, query: SEARCH, variables: { query, first: 10 } })
  return [
    search(`search: common phrase "${s.commonPhrase}"`, s.commonPhrase),
    search(`search: rare word "${s.rareWord}"`, s.rareWord),
    search(`search: directive code "${s.directiveCode}"`, s.directiveCode),
    search(`search: person "${s.personName}"`, s.personName),
    search(`search: typo "${s.typo}"`, s.typo),
    {
      name: `events: ${s.directiveCode} in ${s.year}`,
      query: EVENTS_BY_DIRECTIVE,
      variables: { code: s.directiveCode, from: s.year, to: s.year, first: 20 },
    },
    { name: `timeline of ${s.directiveCode}`, query: TIMELINE, variables: { code: s.directiveCode, first: 20 } },
    { name: `lookup: ${s.directiveCode}'s events`, query: LOOKUP, variables: { code: s.directiveCode, first: 10 } },
    {
      name: `lookup: ${s.rareDirectiveCode}'s events (rare)`,
      query: LOOKUP,
      variables: { code: s.rareDirectiveCode, first: 10 },
    },
    { name: 'articles: page 1', query: ARTICLES, variables: { first: PAGE_SIZE, after: null } },
    ...(deepCursor === null
      ? []
      : [
          {
            name: `articles: page ${deepPage} (cursor)`,
            query: ARTICLES,
            variables: { first: PAGE_SIZE, after: deepCursor },
          },
        ]),
  ]
}
