export {
  ARTICLE_FILE_EXTENSIONS,
  countOutcomes,
  FEED_FILE_EXTENSIONS,
  type FileOutcome,
  HTML_FILE_EXTENSIONS,
  type IngestCounts,
  type IngestFilesOptions,
  type IngestFilesResult,
  type IngestInput,
  ingestFiles,
  readIngestInputs,
} from './files.ts'
export { ingestHtml } from './html.ts'
export {
  articleIdentity,
  eventIdentity,
  extractionHash,
  LEAD_LENGTH,
  leadKey,
  nameKey,
  searchKey,
} from './keys.ts'
export {
  type ReextractCounts,
  type ReextractOptions,
  type ReextractOutcome,
  type ReextractResult,
  reextractArticles,
} from './reextract.ts'
export { type IngestOptions, type IngestResult, type IngestStep, ingestExtraction, type StoredRef } from './store.ts'
export { ingestText, type TextHints } from './text.ts'
