/**
 * Measures the extractor against gold annotations: extracts every article of the project's
 * fixtures (`fixtures/`; `fixtures-blind/`, written without reading the rules; `fixtures-real/`,
 * real public pages, held to floors at today's figures and reported against issue 13's and 16's
 * targets) and, when it sits beside the repository, of
 * the shared corpus, and scores each with `score.ts` (the gold contract's rules) against this
 * package's bounds. Exit 1 when a bound is missed.
 *
 *   node --conditions=@vanban/source scripts/eval.ts
 *
 * The shared corpus is read from `VANBAN_CORPUS` (default `<repo root>/../shared/corpus`);
 * without it the project's own fixtures are still scored.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeHtml, extractHtml } from '../src/html/index.ts'
import { extractArticle, toGold } from '../src/index.ts'
import { type ArticleScore, METRICS, OPTIONAL_METRICS, type Scored, scoreArticles } from './score.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const packageRoot = path.resolve(here, '..')
const repoRoot = path.resolve(packageRoot, '..', '..')

/** Metrics every corpus must reach; the shared corpus has its own, the fixtures 0.9 on all. */
export const SHARED_BOUNDS: Record<string, number> = {
  directives: 1,
  publishedAt: 1,
  events: 0.9,
  eventDate: 0.9,
  organizer: 0.8,
  relations: 0.9,
  title: 0.8,
}
export const FIXTURE_BOUNDS: Record<string, number> = Object.fromEntries(
  [...METRICS, ...OPTIONAL_METRICS].map((m) => [m, 0.9]),
)
/**
 * The real pages' floors: the figures on every real page less about 0.02, so that a change that loses
 * ground on real pages fails; raise them as readings land. Not the targets, but a target met becomes
 * a floor. Session 6 added the held-out batches 13 and 14 (331 pages in all): the floors follow the
 * 331-page figures as the session's readings are merged. Session 7's batches 15 and 16 (70 pages
 * from 70 new sites) took five figures below those floors; after its readings the 401 pages stand
 * at events 0.942, relations 0.7996, issuedOn 0.938, eventDate 0.863 and province 0.883, and those
 * floors are about 0.02 under them (eventDate at its target), so that a fall is still caught.
 * Session 8's batches 17-19 (105 pages from 105 new sites, scored blind) took links, organizer and
 * eventDate below theirs again; after its readings the 506 pages stand at links 0.882, organizer
 * 0.866, eventDate 0.832 and province 0.864 (floors about 0.02 under), and the figures its readings
 * lifted (relations 0.865, people 0.944, title 0.929, publishedAt 0.980, byline 0.953) have floors
 * raised to about 0.02 under them. A short last round, developing on all 506 pages, took eventDate
 * to 0.857 (its target, now its floor) and province to 0.886. Session 9's batch 20 (35 pages from
 * 35 new sites, scored blind) took events, relations, issuingBody, eventDate and province below
 * theirs; after its readings the 541 pages stand at events 0.941, links 0.915, relations 0.889,
 * issuedOn 0.959, issuingBody 0.963, organizer 0.902, eventDate 0.877 and province 0.910: province
 * meets its target, which is now its floor; links, relations, issue dates and bodies and organizer
 * have floors raised to about 0.02 under their figures.
 */
export const REAL_BOUNDS: Record<string, number> = {
  directives: 0.98,
  events: 0.92,
  links: 0.89,
  relations: 0.9,
  people: 0.92,
  title: 0.91,
  publishedAt: 0.96,
  byline: 0.93,
  issuedOn: 0.95,
  issuingBody: 0.95,
  organizer: 0.88,
  eventDate: 0.85,
  province: 0.9,
}
/**
 * What the real pages must reach (issue 13's bounds, issue 16's province): printed beside the
 * figures until met, when they become the floors.
 */
export const REAL_TARGETS: Record<string, number> = {
  directives: 0.97,
  events: 0.9,
  links: 0.85,
  relations: 0.8,
  eventDate: 0.85,
  organizer: 0.85,
  publishedAt: 0.95,
  issuedOn: 0.9,
  title: 0.9,
  province: 0.9,
}

/** The targets a corpus's figures do not reach yet, as `metric figure < target`. */
export function targetsNotMet(metrics: Record<string, number>, targets: Record<string, number>): string[] {
  return Object.entries(targets)
    .filter(([k, v]) => metrics[k] !== undefined && (metrics[k] ?? 0) < v)
    .map(([k, v]) => `${k} ${(metrics[k] ?? 0).toFixed(3)} < ${v}`)
}

/** One corpus scored: its figures, what was missed or extra per article, and whether it passed. */
export type CorpusResult = {
  name: string
  articles: number
  metrics: Record<string, number>
  perArticle: ArticleScore[]
  belowBounds: string[]
  passed: boolean
}

/** Where the shared corpus is, or null when it is absent. */
export function sharedCorpusDir(): string | null {
  const dir = process.env.VANBAN_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus')
  return fs.existsSync(path.join(dir, 'score.mjs')) ? dir : null
}

/**
 * The source URL of each page a corpus's `README.md` lists in its pages table (first column the
 * page's id, the file name without extension; second its source URL), by id; empty when the
 * corpus has no README or no such table. A crawler or `vanban ingest` knows a page's address, so
 * the real pages are extracted with theirs (`hints.url`).
 */
export function readPageUrls(dir: string): Map<string, string> {
  const readme = path.join(dir, 'README.md')
  const urls = new Map<string, string>()
  if (!fs.existsSync(readme)) return urls
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const row = /^\|\s*([\w.-]+)\s*\|\s*(https?:\/\/[^\s|]+)\s*\|/.exec(line)
    if (row !== null) urls.set(row[1]!, row[2]!)
  }
  return urls
}

/**
 * Extracts every `articles/*.txt` of a corpus folder, by the name of its gold file, each with its
 * source URL when `urls` gives one (by file name without extension).
 */
export function extractCorpus(
  dir: string,
  urls: ReadonlyMap<string, string> = new Map(),
  only: (id: string) => boolean = () => true,
): Map<string, Scored> {
  const articles = path.join(dir, 'articles')
  const predictions = new Map<string, Scored>()
  for (const f of fs
    .readdirSync(articles)
    .filter((name) => name.endsWith('.txt') && only(name.replace(/\.txt$/, '')))
    .sort()) {
    const url = urls.get(f.replace(/\.txt$/, ''))
    predictions.set(
      f.replace(/\.txt$/, '.json'),
      toGold(extractArticle(fs.readFileSync(path.join(articles, f), 'utf8'), url === undefined ? {} : { url })),
    )
  }
  return predictions
}

/** Reads every `gold/*.json` of a corpus folder (or those `only` keeps, by id), by file name. */
export function readGold(dir: string, only: (id: string) => boolean = () => true): Map<string, Scored> {
  const folder = path.join(dir, 'gold')
  const gold = new Map<string, Scored>()
  for (const f of fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json') && only(name.replace(/\.json$/, '')))
    .sort()) {
    gold.set(f, JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as Scored)
  }
  return gold
}

/** Extracts and scores one corpus (`<dir>/articles`, `<dir>/gold`), its pages with their URLs when `urls` gives them. */
export function scoreCorpus(
  name: string,
  dir: string,
  bounds: Record<string, number>,
  urls: ReadonlyMap<string, string> = new Map(),
  only: (id: string) => boolean = () => true,
): CorpusResult {
  const predictions = extractCorpus(dir, urls, only)
  const { metrics, perArticle } = scoreArticles(readGold(dir, only), predictions)
  // An optional metric the gold gives nothing for is not measured, so not bound.
  const belowBounds = Object.entries(bounds)
    .filter(([k]) => metrics[k] !== undefined || !OPTIONAL_METRICS.includes(k))
    .filter(([k, v]) => (metrics[k] ?? 0) < v)
    .map(([k, v]) => `${k} ${(metrics[k] ?? 0).toFixed(3)} < ${v}`)
  return { name, articles: predictions.size, metrics, perArticle, belowBounds, passed: belowBounds.length === 0 }
}

/**
 * The real-page batches collected and gold-written after the rules of their time, each scored once
 * before any rule saw it (first scores in fixtures-real/README.md): printed on their own, as the
 * honest measure of how far the readings carry to pages nobody tuned for.
 */
export const HELD_OUT_BATCHES = [
  // Held out in session 4; session 5's readings were written with it in view.
  { name: 'real batch 11 (first scored in session 4)', first: 'r189', last: 'r224' },
  // Collected in session 5 in a worktree of its own; session 6's readings were written with it in view.
  { name: 'real batch 12 (first scored in session 5)', first: 'r225', last: 'r259' },
  // Collected early in session 6; scored once, then the session's second round of readings saw it.
  { name: 'real batch 13 (first scored in session 6)', first: 'r260', last: 'r296' },
  // Collected in session 6 after its first round of readings and scored once then; the second
  // round never saw it, the third saw its figures (not its pages).
  { name: 'real batch 14 (first scored in session 6)', first: 'r297', last: 'r331' },
  // Collected at the start of session 7 in a worktree of its own (portals and schools), scored
  // before any rule changed; that session's first round of readings was written without it, its
  // second round developed on it.
  { name: 'real batch 15 (first scored in session 7)', first: 'r332', last: 'r366' },
  // Collected beside batch 15 (newspapers, organisations, enterprises), scored once with the
  // same extractor; both rounds of that session's readings were written without it (the second
  // read its aggregate figures only).
  { name: 'real batch 16 (first scored in session 7)', first: 'r367', last: 'r401' },
  // Collected at the start of session 8 (newspapers, organisations, enterprises, hospitals) and
  // scored once with session 7's extractor; that session's readings were written without it.
  { name: 'real batch 17 (first scored in session 8)', first: 'r402', last: 'r436' },
  // Collected beside batch 17 (portals, schools, hospitals) and scored once with the same extractor.
  { name: 'real batch 18 (first scored in session 8)', first: 'r437', last: 'r471' },
  // Collected in session 8 while its readings were being written (newspapers, stations and
  // portals), scored once with session 7's extractor; those readings were written without it.
  { name: 'real batch 19 (first scored in session 8)', first: 'r472', last: 'r506' },
  // Collected at the start of session 9 (newspapers, portals, hospitals, enterprises, schools,
  // Youth Union sites) and scored once with session 8's extractor (e376e03); that session's first
  // round of readings was written without it.
  { name: 'real batch 20 (first scored in session 9)', first: 'r507', last: 'r541' },
  // Collected at the start of session 10 (courts and procuracies, ministries, police, farmers',
  // women's and trade unions, hospitals, colleges, Buddhist Sangha sites, border and ethnic-minority
  // districts) and scored once with session 9's extractor (dd96d10) before any rule changed.
  { name: 'real batch 21 (first scored in session 10)', first: 'r542', last: 'r576' },
] as const

/** Whether a real page's id (`r225_site-slug`) falls within a batch's first and last ids. */
export function inBatch(batch: { first: string; last: string }): (id: string) => boolean {
  return (id) => {
    const number = id.slice(0, 4)
    return number >= batch.first && number <= batch.last
  }
}

/** The corpora `pnpm eval` scores, with their bounds: the project's fixtures always, the shared corpus when present. */
export function evalCorpora(): {
  name: string
  dir: string
  bounds: Record<string, number>
  urls?: ReadonlyMap<string, string>
}[] {
  const shared = sharedCorpusDir()
  const real = path.join(packageRoot, 'fixtures-real')
  return [
    { name: 'fixtures', dir: path.join(packageRoot, 'fixtures'), bounds: FIXTURE_BOUNDS },
    { name: 'blind', dir: path.join(packageRoot, 'fixtures-blind'), bounds: FIXTURE_BOUNDS },
    // Real pages nobody on the team wrote: held to floors at today's figures, reported against
    // the targets (REAL_TARGETS) until they are met.
    // Each with its source URL from the README's pages table, as a crawler would pass it.
    { name: 'real', dir: real, bounds: REAL_BOUNDS, urls: readPageUrls(real) },
    ...(shared === null ? [] : [{ name: 'shared', dir: shared, bounds: SHARED_BOUNDS }]),
  ]
}

/** Where the HTML fixtures are: pages in `pages/`, their gold the text fixtures' (`fixtures/gold`). */
export const HTML_FIXTURES = path.join(packageRoot, 'fixtures-html')

/** A saved page's text: its bytes decoded by the charset its meta declares (`decodeHtml`). */
export function readSavedPage(file: string): string {
  const page = decodeHtml(fs.readFileSync(file))
  if (!page.ok) throw new Error(`${file}: ${page.reason}`)
  return page.text
}

/** Extracts every page of the HTML fixtures, by the name of its gold file. */
export function extractHtmlCorpus(dir: string = HTML_FIXTURES): Map<string, Scored> {
  const pages = path.join(dir, 'pages')
  const predictions = new Map<string, Scored>()
  for (const f of fs
    .readdirSync(pages)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    predictions.set(f.replace(/\.html$/, '.json'), toGold(extractHtml(readSavedPage(path.join(pages, f))).extraction))
  }
  return predictions
}

/**
 * Scores the HTML fixtures against their text fixtures' gold, beside the text path on the same
 * articles: the HTML path must score at least as well on every metric, and its title and
 * publication date (from metadata) reach 0.98.
 */
export function scoreHtmlCorpus(): { html: CorpusResult; text: CorpusResult } {
  const html = extractHtmlCorpus()
  const allGold = readGold(path.join(packageRoot, 'fixtures'))
  const gold = new Map([...allGold].filter(([f]) => html.has(f)))
  const texts = new Map([...extractCorpus(path.join(packageRoot, 'fixtures'))].filter(([f]) => html.has(f)))
  const textScore = scoreArticles(gold, texts)
  const htmlScore = scoreArticles(gold, html)
  const bounds: Record<string, number> = { ...Object.fromEntries(METRICS.map((m) => [m, textScore.metrics[m] ?? 0])) }
  bounds.title = Math.max(bounds.title ?? 0, 0.98)
  bounds.publishedAt = Math.max(bounds.publishedAt ?? 0, 0.98)
  const belowBounds = Object.entries(bounds)
    .filter(([k, v]) => (htmlScore.metrics[k] ?? 0) < v)
    .map(([k, v]) => `${k} ${(htmlScore.metrics[k] ?? 0).toFixed(3)} < ${v.toFixed(3)}`)
  return {
    html: { name: 'html', articles: html.size, ...htmlScore, belowBounds, passed: belowBounds.length === 0 },
    text: { name: 'html-as-text', articles: texts.size, ...textScore, belowBounds: [], passed: true },
  }
}

/** Scores every corpus of {@link evalCorpora}, then the HTML fixtures beside the text path. */
export function runEval(): CorpusResult[] {
  const { html, text } = scoreHtmlCorpus()
  const real = path.join(packageRoot, 'fixtures-real')
  const batches = HELD_OUT_BATCHES.map((batch) => scoreCorpus(batch.name, real, {}, readPageUrls(real), inBatch(batch)))
  return [
    ...evalCorpora().map(({ name, dir, bounds, urls }) => scoreCorpus(name, dir, bounds, urls)),
    ...batches,
    text,
    html,
  ]
}

function report(r: CorpusResult): void {
  const batch = r.name.startsWith('real batch')
  console.log(
    `\n${r.name}: ${r.articles} articles ${batch ? '(no bounds: the real floors hold them)' : r.passed ? 'PASS' : 'FAIL'}`,
  )
  // A batch's pages are listed with the whole real set's misses already.
  for (const a of batch ? [] : r.perArticle) {
    if (a.missing.length > 0 || a.extra.length > 0)
      console.log(`  ${a.file}: missing [${a.missing.join(', ')}] extra [${a.extra.join(', ')}]`)
  }
  console.log(
    `  ${Object.entries(r.metrics)
      .map(([k, v]) => `${k}=${v.toFixed(3)}`)
      .join(' ')}`,
  )
  for (const b of r.belowBounds) console.log(`  below bound: ${b}`)
  if (r.name === 'real')
    console.log(`  targets not met yet: ${targetsNotMet(r.metrics, REAL_TARGETS).join(', ') || 'none'}`)
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (sharedCorpusDir() === null) {
    console.log('no shared corpus (set VANBAN_CORPUS or place it at ../shared/corpus): scoring the fixtures only')
  }
  const results = runEval()
  results.forEach(report)
  process.exitCode = results.every((r) => r.passed) ? 0 : 1
}
