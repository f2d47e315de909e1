/**
 * `@vanban/extract`: scraped Vietnamese news article text to vanban's typed, linked records.
 *
 * - {@link extractArticle} reads one article into an `Extraction` (article, directives,
 *   events, organisations, people, citations, relations, participations, each fact with its
 *   provenance).
 * - {@link extractArticles} reads many articles, the same extraction for each, faster than one
 *   call each (each stage of reading runs over a batch before the next).
 * - {@link roleOrganization} reads the organisation a person's role names, for telling
 *   namesakes apart.
 * - {@link organizationLevel} and {@link organizationProvince} place an organisation by its name,
 *   by the rules {@link LEVEL_WORDS} and {@link CENTRAL_CITIES} (which the store's migration
 *   backfill also reads).
 * - {@link toGold} projects an extraction onto the gold shape of the evaluation corpus
 *   ({@link GoldArticleSchema}), which `vanban extract` writes.
 * - {@link EXTRACTOR_VERSION} names the rules that produced an extraction.
 *
 * @packageDocumentation
 */
export { type ArticleHints, type ArticleToRead, extractArticle, extractArticles } from './extract.ts'
export { type GoldArticle, GoldArticleSchema, toGold } from './gold.ts'
export { organizationLevel, organizationProvince } from './organization-level.ts'
export { roleOrganization } from './organizations.ts'
export { CENTRAL_CITIES, LEVEL_WORDS } from './rules/level-words.ts'
export { EXTRACTOR_VERSION } from './version.ts'
