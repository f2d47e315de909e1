/**
 * Throughput of `extractArticle` (one call per article) and of `extractArticles` (the whole corpus
 * in one call, read in batches stage by stage): a synthetic corpus of at least 20 MB built from the fixture
 * articles (paragraphs shuffled, numbers and names varied), read article by article and
 * compared with a single regular-expression pass over the same bytes; then the time for 1 MB
 * adversarial inputs (median of five runs each). One core, no warm-up tricks beyond one untimed pass.
 * Each figure is given by the wall clock and by the process's CPU time, which other processes on
 * a shared machine do not stretch.
 *
 *   pnpm bench
 */
import { extractArticle, extractArticles } from '../src/index.ts'
import { cpuMs } from './clock.ts'
import { benchCorpus } from './corpus.ts'

// BENCH_QUICK=1 (CI) runs every measurement briefly: it proves the bench runs, not the figures.
const QUICK = process.env.BENCH_QUICK === '1'
const { articles: corpus, bytes, fixtures } = benchCorpus(QUICK ? 1 : 20)
const mb = bytes / (1024 * 1024)

for (const a of corpus.slice(0, 200)) extractArticle(a)

let t = performance.now()
let cpu = cpuMs()
let directives = 0
for (const a of corpus) directives += extractArticle(a).directives.length
const extractMs = performance.now() - t
const extractCpuMs = cpuMs() - cpu

// Read after the pass above, so the compiler has had more of the corpus to warm to than that pass
// had: compare checkouts with `against.ts`, which gives each the same start.
t = performance.now()
cpu = cpuMs()
let batchedDirectives = 0
for (const x of extractArticles(corpus)) batchedDirectives += x.directives.length
const batchedMs = performance.now() - t
const batchedCpuMs = cpuMs() - cpu

t = performance.now()
let matches = 0
const CODE = /\d+-[A-ZĐ]+\/[A-ZĐ]+/g
for (const a of corpus) matches += a.match(CODE)?.length ?? 0
const regexMs = performance.now() - t

const rate = (ms: number) => mb / (ms / 1000)
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (from ${fixtures} fixtures)`)
console.log(
  `extractArticle: ${rate(extractMs).toFixed(2)} MB/s, ${(corpus.length / (extractMs / 1000)).toFixed(0)} articles/s (${directives} directives)`,
)
console.log(
  `  by CPU time:  ${rate(extractCpuMs).toFixed(2)} MB/s, ${(corpus.length / (extractCpuMs / 1000)).toFixed(0)} articles/s`,
)
console.log(
  `extractArticles: ${rate(batchedMs).toFixed(2)} MB/s, ${(corpus.length / (batchedMs / 1000)).toFixed(0)} articles/s (${batchedDirectives} directives)`,
)
console.log(
  `  by CPU time:  ${rate(batchedCpuMs).toFixed(2)} MB/s, ${(corpus.length / (batchedCpuMs / 1000)).toFixed(0)} articles/s`,
)
console.log(`regex pass:     ${rate(regexMs).toFixed(1)} MB/s (${matches} matches)`)
console.log(`ratio:          extractArticle takes ${(extractMs / regexMs).toFixed(0)}x the time of one regex pass`)

const adversarial: Record<string, string> = {
  'Nghị quyết số x100k': 'Nghị quyết số '.repeat(100_000),
  'digits and slashes, one line': '1/2/3-4/'.repeat(131_072),
  'repeated cited sentences, one line': 'Thực hiện Chỉ thị 05 của Bộ Chính trị và Quy định 85-QĐ/TW, '.repeat(16_000),
  'repeated event sentences':
    'Sáng 13/5, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW. '.repeat(12_000),
  // Every `tổ chức` asks what stands before it; the answer must not read the whole line again.
  '`tổ chức` x125k, one line': 'tổ chức '.repeat(125_000),
  // One sentence with no event after an event: each mention asks whether it is reported speech.
  'mentions after an event, one sentence':
    'Sáng 13/5, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW. Hội nghị nhắc lại ' +
    'Chỉ thị 05-CT/TW và '.repeat(50_000),
}
// Each input five times: the first run also compiles the paths it takes, and a shared machine
// adds noise to any one run. The median is the figure; the slowest run is shown beside it.
const RUNS = QUICK ? 1 : 5
for (const [name, text] of Object.entries(adversarial)) {
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let r = 0; r < RUNS; r++) {
    t = performance.now()
    cpu = cpuMs()
    extractArticle(text)
    times.push(performance.now() - t)
    cpuTimes.push(cpuMs() - cpu)
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const median = times[RUNS >> 1]!
  console.log(
    `1 MB adversarial (${name}, ${(text.length / 1e6).toFixed(2)}M chars): ${median.toFixed(0)} ms median of ${RUNS} (slowest ${times[RUNS - 1]!.toFixed(0)} ms), CPU ${cpuTimes[RUNS >> 1]!.toFixed(0)} ms median`,
  )
}
