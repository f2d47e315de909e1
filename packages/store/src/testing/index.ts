/**
 * `@vanban/store/testing`: throwaway databases for tests (PGlite folders, or schemas of their own
 * on the PostgreSQL server of `DATABASE_URL`) and a Prisma client that records every SQL
 * statement it sends, for tests that count statements.
 *
 * @packageDocumentation
 */
export { createTestTarget, openTarget, TARGET_KINDS, type TestTarget } from './databases.ts'
export {
  ALL_FACTS,
  DIRECTIVE_FACTS,
  type DirectiveFact,
  type DirectiveFactsRow,
  directiveRecord,
  fullCitation,
  type KnownCode,
} from './directive-facts.ts'
export { manyArticles, reviewArticle, secondReportArticle } from './extractions.ts'
export { recordingClient } from './recording.ts'
