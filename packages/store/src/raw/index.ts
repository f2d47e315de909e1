export {
  markRawPageNotModified,
  type RawPageContent,
  type RawPageFetch,
  RawPageFetchSchema,
  type RawPageState,
  RawPageStateSchema,
  readRawPage,
  readRawPageState,
  storeRawPage,
} from './raw-pages.ts'
