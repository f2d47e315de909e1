import { readdir } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { createServer } from '@vanban/graphql'
import { type Database, type IngestFilesResult, ingestFiles, migrate } from '@vanban/store'
import { z } from 'zod'

/** The files of `folder` that hold articles: `.txt`, in name order, so runs are repeatable. */
export async function articleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(resolve(folder), e.name))
    .sort()
}

/**
 * Migrates `db` and ingests every article file of `folder` into it; returns what the ingest
 * reports. Ingesting the same folder again stores nothing twice.
 */
export async function ingestFolder(db: Database, folder: string): Promise<IngestFilesResult> {
  await migrate(db)
  return ingestFiles(db.prisma, await articleFiles(folder))
}

const TIMELINE = /* GraphQL */ `
  query Timeline($code: String!) {
    directive(code: $code) {
      code title
      timeline(first: 100) {
        edges { node {
          date
          event { kind title partOfDay organizer { name } }
          article { title source }
        } }
      }
    }
  }
`

/** One line of a directive's timeline: when, what, and who. */
export type TimelineLine = { readonly date: string | null; readonly what: 'event' | 'article'; readonly text: string }

/** A directive and the first 100 entries of its timeline, as the gateway answers `directive(code) { timeline }`. */
export type DirectiveTimeline = {
  readonly code: string
  readonly title: string | null
  readonly lines: readonly TimelineLine[]
}

const name = z.object({ name: z.string() })

// The answer is checked, not cast: a gateway that changed shape fails here with the path that differs.
const TimelineAnswerSchema = z.object({
  data: z
    .object({
      directive: z
        .object({
          code: z.string(),
          title: z.string().nullable(),
          timeline: z.object({
            edges: z.array(
              z.object({
                node: z.object({
                  date: z.string().nullable(),
                  event: z
                    .object({
                      kind: z.string(),
                      title: z.string().nullable(),
                      partOfDay: z.string().nullable(),
                      organizer: name.nullable(),
                    })
                    .nullable(),
                  article: z.object({ title: z.string().nullable(), source: z.string().nullable() }).nullable(),
                }),
              }),
            ),
          }),
        })
        .nullable(),
    })
    .nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
})

/**
 * The timeline of the directive with `code` (any spelling the gateway accepts), asked of the
 * gateway in-process through its `fetch`, with no port opened: the same query a remote client
 * sends. `null` when no stored article cites that directive.
 */
export async function directiveTimeline(db: Database, code: string): Promise<DirectiveTimeline | null> {
  const gateway = createServer({ prisma: db.prisma, apiKeys: [] })
  const response = await gateway.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: TIMELINE, variables: { code } }),
  })
  const answer = TimelineAnswerSchema.parse(await response.json())
  if (answer.errors?.length)
    throw new Error(`the gateway refused the timeline query: ${answer.errors.map((e) => e.message).join('; ')}`)
  const directive = answer.data?.directive
  if (directive == null) return null
  return {
    code: directive.code,
    title: directive.title,
    lines: directive.timeline.edges.map(({ node: entry }): TimelineLine => {
      if (entry.event !== null) {
        const e = entry.event
        const what = [e.title ?? e.kind.toLowerCase(), e.organizer?.name].filter(Boolean).join(' — ')
        return { date: entry.date, what: 'event', text: e.partOfDay ? `${what} (${e.partOfDay.toLowerCase()})` : what }
      }
      const a = entry.article
      return {
        date: entry.date,
        what: 'article',
        text: [a?.title ?? '(untitled)', a?.source].filter(Boolean).join(' — '),
      }
    }),
  }
}

/** The ingest as printed: `N new, N updated, N unchanged, N failed`, then each failed file and why. */
export function formatIngest(result: IngestFilesResult): string {
  const { counts } = result
  return [
    `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`,
    ...result.outcomes.flatMap((o) => (o.status === 'failed' ? [`  ${basename(o.path)}: ${o.reason}`] : [])),
  ].join('\n')
}

/** The timeline as printed: a heading, then one `date  kind  text` line per entry. */
export function formatTimeline(timeline: DirectiveTimeline): string {
  const width = Math.max(10, ...timeline.lines.map((l) => (l.date ?? '?').length))
  return [
    `${timeline.code}${timeline.title ? ` — ${timeline.title}` : ''}`,
    ...timeline.lines.map((l) => `  ${(l.date ?? '?').padEnd(width)}  ${l.what.padEnd(7)}  ${l.text}`),
  ].join('\n')
}
