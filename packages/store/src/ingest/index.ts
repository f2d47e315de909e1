export { ingestExtraction, type IngestOptions, type IngestResult, type IngestStep, type StoredRef } from './store.ts'
export { ingestText, type TextHints } from './text.ts'
export { ingestFiles, type FileOutcome, type IngestCounts, type IngestFilesResult } from './files.ts'
export { articleIdentity, nameKey, eventIdentity, extractionHash } from './keys.ts'
