/**
 * The version of the extraction rules: a date (`YYYY.MM.DD`, with `.n` for a further change the
 * same day), later for later rules; versions compare number by number (`.10` comes after `.9`).
 * It changes whenever a change of rules changes what `extractArticle` produces; the store records
 * it beside each article it extracts, so that `vanban reextract --only-older` can find the
 * articles an older extractor read.
 */
export const EXTRACTOR_VERSION = '2026.12.08.17'
