/**
 * Latency of one GraphQL request body, sent over HTTP by `concurrency` clients for at most
 * `requests` requests or `seconds` seconds: percentiles, requests/s, and the answers that were
 * errors (an HTTP error or a GraphQL `errors` entry, such as a statement timeout).
 */
import { performance } from 'node:perf_hooks'

/** How long and how hard to time one case. */
export type Load = { requests: number; seconds: number; concurrency: number }

/** What timing one case gave. */
export type Timing = {
  requests: number
  errors: number
  firstError: string | null
  p50: number
  p95: number
  p99: number
  perSecond: number
}

/** Sends one GraphQL request; resolves to its parsed answer and HTTP status. */
export async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = { errors: [{ message: text.slice(0, 200) }] }
  }
  return { status: response.status, json }
}

/** The first GraphQL error of an answer, or null. */
export function errorOf(answer: { status: number; json: unknown }): string | null {
  const errors = (answer.json as { errors?: { message?: string; extensions?: { code?: string } }[] } | null)?.errors
  const first = errors?.[0]
  if (first !== undefined) return `${first.extensions?.code ?? ''} ${first.message ?? ''}`.trim()
  return answer.status === 200 ? null : `HTTP ${answer.status}`
}

/** The value at quantile `q` of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

/** Times `body` against `url` under `load`. */
export async function timeRequests(url: string, body: string, load: Load): Promise<Timing> {
  const latencies: number[] = []
  let errors = 0
  let firstError: string | null = null
  let issued = 0
  const started = performance.now()
  const client = async () => {
    while (issued < load.requests && performance.now() - started < load.seconds * 1000) {
      issued += 1
      const t = performance.now()
      const error = errorOf(await post(url, body))
      latencies.push(performance.now() - t)
      if (error !== null) {
        errors += 1
        firstError ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: load.concurrency }, client))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    errors,
    firstError,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    perSecond: latencies.length / seconds,
  }
}
