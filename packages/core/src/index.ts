/**
 * `@vanban/core`: the records of vanban as zod schemas with their inferred types, and the
 * parsers and formatters for Vietnamese directive codes, dates and text. No I/O; runs in Node
 * and in browsers.
 *
 * @packageDocumentation
 */
export * from './anniversary-origins.ts'
export * from './article.ts'
export * from './bracketed-span.ts'
export * from './citation.ts'
// Named, not `*`: date-cues.ts also exports gates for its tests that are no part of the API.
export {
  type DateCue,
  DateCueSchema,
  readBracketedDay,
  readDateCue,
  readDateRange,
  readDayRange,
  readMonthCue,
  readRecentWeekday,
  readRelativeDay,
  readSameDayCue,
  readWeekdayDay,
  readYearlessDay,
  type SameDayCue,
  SameDayCueSchema,
} from './date-cues.ts'
export * from './date-words.ts'
export * from './directive.ts'
export * from './directive-code.ts'
export * from './directive-key.ts'
export * from './directive-relation.ts'
export * from './district-units.ts'
export * from './document-types.ts'
export * from './event.ts'
export * from './event-kind.ts'
export * from './extraction.ts'
export * from './former-commune-units.ts'
export * from './image-file.ts'
export * from './json-ld.ts'
export * from './json-schema.ts'
export * from './labels.ts'
export * from './organization.ts'
export * from './partial-date.ts'
export * from './participation.ts'
export * from './person.ts'
export * from './provenance.ts'
export * from './province.ts'
export * from './province-units.ts'
export * from './province-venues.ts'
export * from './publication-date.ts'
export { foldDiacritics, normalizeText, normalizeTextReporting, slugify } from './text.ts'
export * from './timestamp.ts'
export * from './vietnamese-date.ts'
export * from './year-evidence.ts'
