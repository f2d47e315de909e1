/**
 * Measures the extractor against gold annotations: extracts every article of the project's
 * fixtures (`fixtures/`, and `fixtures-blind/`, written without reading the rules) and of the
 * shared corpus into temporary folders in the gold shape, then runs the corpus's `score.mjs` on
 * each with this package's bounds. Exit 1 when a bound is missed.
 *
 *   node --conditions=@vanban/source scripts/eval.ts
 *
 * The shared corpus is read from `VANBAN_CORPUS` (default `<repo root>/../shared/corpus`);
 * without it (and so without `score.mjs`) the evaluation is skipped with a message.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractArticle, toGold } from '../src/index.ts'

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
const ALL_METRICS = [
  'directives',
  'events',
  'links',
  'relations',
  'people',
  'title',
  'publishedAt',
  'byline',
  'issuedOn',
  'issuingBody',
  'organizer',
  'eventDate',
]
export const FIXTURE_BOUNDS: Record<string, number> = Object.fromEntries(ALL_METRICS.map((m) => [m, 0.9]))

/** One corpus scored: its figures, what was missed or extra per article, and whether it passed. */
export type CorpusResult = {
  name: string
  articles: number
  metrics: Record<string, number>
  perArticle: Array<{ file: string; missing: string[]; extra: string[] }>
  belowBounds: string[]
  passed: boolean
}

/** Where the shared corpus is, or null when it is absent. */
export function sharedCorpusDir(): string | null {
  const dir = process.env.VANBAN_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus')
  return fs.existsSync(path.join(dir, 'score.mjs')) ? dir : null
}

/** Extracts every `articles/*.txt` of `dir` to `<out>/<name>.json` in the gold shape. */
export function extractFolder(articles: string, out: string): number {
  fs.mkdirSync(out, { recursive: true })
  const files = fs
    .readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  for (const f of files) {
    const gold = toGold(extractArticle(fs.readFileSync(path.join(articles, f), 'utf8')))
    fs.writeFileSync(path.join(out, f.replace(/\.txt$/, '.json')), `${JSON.stringify(gold, null, 2)}\n`)
  }
  return files.length
}

/** Extracts and scores one corpus (`<dir>/articles`, `<dir>/gold`) with `score.mjs`. */
export function scoreCorpus(name: string, dir: string, scorer: string, bounds: Record<string, number>): CorpusResult {
  const pred = fs.mkdtempSync(path.join(os.tmpdir(), `vanban-eval-${name}-`))
  try {
    const articles = extractFolder(path.join(dir, 'articles'), pred)
    const min = Object.entries(bounds)
      .map(([k, v]) => `${k}=${v}`)
      .join(',')
    const run = spawnSync(
      process.execPath,
      [scorer, '--gold', path.join(dir, 'gold'), '--pred', pred, '--min', min, '--json'],
      { encoding: 'utf8' },
    )
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`score.mjs failed on ${name} (exit ${run.status}): ${run.stderr}`)
    const out = run.stdout
    const json = out.slice(0, out.indexOf('\n}\n') + 2)
    const { metrics, perArticle } = JSON.parse(json) as Pick<CorpusResult, 'metrics' | 'perArticle'>
    const belowBounds = Object.entries(bounds)
      .filter(([k, v]) => (metrics[k] ?? 0) < v)
      .map(([k, v]) => `${k} ${(metrics[k] ?? 0).toFixed(3)} < ${v}`)
    return { name, articles, metrics, perArticle, belowBounds, passed: run.status === 0 && belowBounds.length === 0 }
  } finally {
    fs.rmSync(pred, { recursive: true, force: true })
  }
}

/** Scores the project's fixtures (its own and the blind ones) and the shared corpus; null when the shared corpus is absent. */
export function runEval(): CorpusResult[] | null {
  const shared = sharedCorpusDir()
  if (shared === null) return null
  const scorer = path.join(shared, 'score.mjs')
  return [
    scoreCorpus('fixtures', path.join(packageRoot, 'fixtures'), scorer, FIXTURE_BOUNDS),
    scoreCorpus('blind', path.join(packageRoot, 'fixtures-blind'), scorer, FIXTURE_BOUNDS),
    scoreCorpus('shared', shared, scorer, SHARED_BOUNDS),
  ]
}

function report(r: CorpusResult): void {
  console.log(`\n${r.name}: ${r.articles} articles ${r.passed ? 'PASS' : 'FAIL'}`)
  for (const a of r.perArticle) {
    if (a.missing.length > 0 || a.extra.length > 0)
      console.log(`  ${a.file}: missing [${a.missing.join(', ')}] extra [${a.extra.join(', ')}]`)
  }
  console.log(
    `  ${Object.entries(r.metrics)
      .map(([k, v]) => `${k}=${v.toFixed(3)}`)
      .join(' ')}`,
  )
  for (const b of r.belowBounds) console.log(`  below bound: ${b}`)
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = runEval()
  if (results === null) {
    console.log('eval skipped: no shared corpus with score.mjs (set VANBAN_CORPUS or place it at ../shared/corpus)')
  } else {
    results.forEach(report)
    process.exitCode = results.every((r) => r.passed) ? 0 : 1
  }
}
