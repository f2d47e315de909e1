import type { Extraction } from '@vanban/core'
import type { Prisma } from '../generated/prisma/client.ts'
import type { LinkTargets } from './records.ts'
import { citationRows, INSERT_CITATIONS } from './statements/insert-citations.ts'
import { eventReportRows, INSERT_EVENT_REPORTS } from './statements/insert-event-reports.ts'
import { INSERT_PARTICIPATIONS, participationRows } from './statements/insert-participations.ts'
import { INSERT_RELATIONS, relationRows } from './statements/insert-relations.ts'
import { oneStatement } from './statements/one-statement.ts'

/**
 * The links stage: the article's event reports, citations, participations and directive
 * relations, in one statement (the rows of each table as a JSON array in its one parameter).
 */
export async function insertLinks(
  tx: Prisma.TransactionClient,
  extraction: Extraction,
  targets: LinkTargets,
  warnings: string[],
): Promise<void> {
  const rows = {
    eventReports: eventReportRows(extraction, targets),
    citations: citationRows(extraction, targets),
    participations: participationRows(extraction, targets, warnings),
    relations: relationRows(extraction, targets),
  }
  if (Object.values(rows).every((list) => list.length === 0)) return
  await tx.$executeRawUnsafe(
    oneStatement([INSERT_EVENT_REPORTS, INSERT_CITATIONS, INSERT_PARTICIPATIONS, INSERT_RELATIONS]),
    JSON.stringify(rows),
  )
}
