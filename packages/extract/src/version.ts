/**
 * The version of the extraction rules: a date (`YYYY.MM.DD`, with `.n` for a second change the
 * same day), later for later rules, so versions compare as text. It changes whenever a change of
 * rules changes what `extractArticle` produces; the store records it beside each article it
 * extracts, so that `vanban reextract --only-older` can find the articles an older extractor read.
 */
export const EXTRACTOR_VERSION = '2026.12.08.10'
