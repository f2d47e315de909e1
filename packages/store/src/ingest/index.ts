export {
  ARTICLE_FILE_EXTENSIONS,
  countOutcomes,
  type FileOutcome,
  type IngestCounts,
  type IngestFilesOptions,
  type IngestFilesResult,
  type IngestInput,
  ingestFiles,
  readIngestInputs,
} from './files.ts'
export { articleIdentity, eventIdentity, extractionHash, nameKey } from './keys.ts'
export {
  type ReextractCounts,
  type ReextractOptions,
  type ReextractOutcome,
  type ReextractResult,
  reextractArticles,
} from './reextract.ts'
export { type IngestOptions, type IngestResult, type IngestStep, ingestExtraction, type StoredRef } from './store.ts'
export { ingestText, type TextHints } from './text.ts'
