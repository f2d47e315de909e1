import { extname } from 'node:path'
import {
  countOutcomes,
  HTML_FILE_EXTENSIONS,
  type IngestCounts,
  type IngestResult,
  readIngestInputs,
} from '@vanban/store'

/** What happened to one file sent to a gateway. */
export interface GatewayOutcome {
  readonly path: string
  readonly status: IngestResult['status']
  /** Why it failed. */
  readonly reason?: string
}

const INGEST_ARTICLE = `mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticleResult { status }
    ... on ValidationError { field reason }
    ... on NotAuthorizedError { message }
  }
}`

// Long enough for a large article on a busy server; a gateway that says nothing for this long is down.
const REQUEST_TIMEOUT_MS = 120_000

/**
 * Sends article files to a running gateway's `ingestArticle` mutation, one request per file, in
 * order, with `Authorization: Bearer <apiKey>`: the way to add articles to an embedded database
 * that `vanban serve` holds. Files are read and refused as `ingestFiles` does; an extraction
 * `.json` is refused (the mutation takes article text).
 */
export async function ingestThroughGateway(
  endpoint: string,
  apiKey: string,
  paths: string[],
): Promise<{ outcomes: GatewayOutcome[]; counts: IngestCounts }> {
  const outcomes: GatewayOutcome[] = []
  // the mutation takes article text: a folder stands for its .txt files
  for await (const input of readIngestInputs(paths, ['.txt'])) {
    if (!input.ok) outcomes.push({ path: input.path, status: 'failed', reason: input.reason })
    else if (input.path.endsWith('.json')) {
      outcomes.push({
        path: input.path,
        status: 'failed',
        reason:
          'an extraction .json goes into a database (--db <folder or postgres:// URL>); a gateway takes article text',
      })
    } else if (HTML_FILE_EXTENSIONS.includes(extname(input.path).toLowerCase())) {
      outcomes.push({
        path: input.path,
        status: 'failed',
        reason:
          'a saved web page goes into a database (--db <folder or postgres:// URL>), or through `vanban extract` first; a gateway takes article text',
      })
    } else outcomes.push({ path: input.path, ...(await sendArticle(endpoint, apiKey, input.content)) })
  }
  return { outcomes, counts: countOutcomes(outcomes) }
}

type Answer = {
  data?: {
    ingestArticle?: { __typename: string; status?: string; field?: string; reason?: string; message?: string } | null
  } | null
  errors?: { message: string }[]
}

async function sendArticle(
  endpoint: string,
  apiKey: string,
  text: string,
): Promise<{ status: IngestResult['status']; reason?: string }> {
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: INGEST_ARTICLE, variables: { input: { text } } }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
    return { status: 'failed', reason: `the gateway at ${endpoint} did not answer (${cause})` }
  }
  const answer = (await response.json().catch(() => null)) as Answer | null
  const result = answer?.data?.ingestArticle
  if (result?.__typename === 'IngestArticleResult' && isStatus(result.status)) return { status: result.status }
  if (result?.__typename === 'ValidationError') return { status: 'failed', reason: `${result.field}: ${result.reason}` }
  if (result?.__typename === 'NotAuthorizedError')
    return { status: 'failed', reason: result.message ?? 'not authorized' }
  const errors = answer?.errors?.map((e) => e.message).join('; ')
  const hint = response.status === 404 ? ' (give the GraphQL URL, ending in /graphql)' : ''
  return { status: 'failed', reason: `the gateway answered HTTP ${response.status}${errors ? `: ${errors}` : hint}` }
}

function isStatus(status: string | undefined): status is 'new' | 'updated' | 'unchanged' {
  return status === 'new' || status === 'updated' || status === 'unchanged'
}
