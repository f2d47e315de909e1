/**
 * This checkout's extraction throughput beside another checkout's (a base commit in a git
 * worktree, say), on the same corpus, in interleaved rounds: timings on a shared machine swing
 * up to 2x between runs, so each round runs both, in alternating order, and the figures are
 * given as ranges and as the ratio of this checkout's rate to the other's, round by round.
 *
 *   git worktree add --detach ../base <commit> && (cd ../base && pnpm install)
 *   node --conditions=@vanban/source bench/against.ts ../base [rounds=3] [MB=20] [batched]
 *
 * With `batched`, each checkout reads the corpus with `extractArticles` where it has it, else one
 * `extractArticle` call per article; the figures say which.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type Run = { mb: number; wallMs: number; cpuMs: number; read: string }

const here = path.dirname(fileURLToPath(import.meta.url))
const [other, roundsArg, sizeArg, mode] = process.argv.slice(2)
if (other === undefined) throw new Error('usage: against.ts <other checkout> [rounds=3] [MB=20] [batched]')
const rounds = Number(roundsArg ?? 3)
const size = sizeArg ?? '20'
const trees = { this: path.join(here, '..'), other: path.join(path.resolve(other), 'packages', 'extract') }

function measure(tree: string): Run {
  const out = execFileSync(
    process.execPath,
    ['--conditions=@vanban/source', path.join(here, 'rate.ts'), path.join(tree, 'src', 'index.ts'), size, mode ?? ''],
    { encoding: 'utf8', cwd: tree },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run
}

const rate = (run: Run, ms: number): number => run.mb / (ms / 1000)
const runs: Record<keyof typeof trees, Run[]> = { this: [], other: [] }
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs on a warmer or cooler machine.
  const order: (keyof typeof trees)[] = r % 2 === 0 ? ['this', 'other'] : ['other', 'this']
  for (const name of order) runs[name].push(measure(trees[name]))
  const [a, b] = [runs.this[r]!, runs.other[r]!]
  console.log(
    `round ${r + 1}: this ${rate(a, a.wallMs).toFixed(2)} MB/s wall, ${rate(a, a.cpuMs).toFixed(2)} CPU; ` +
      `other ${rate(b, b.wallMs).toFixed(2)} wall, ${rate(b, b.cpuMs).toFixed(2)} CPU; ` +
      `ratio ${(b.cpuMs / a.cpuMs).toFixed(2)} by CPU, ${(b.wallMs / a.wallMs).toFixed(2)} by wall`,
  )
}
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`
for (const name of ['this', 'other'] as const)
  console.log(
    `${name}: ${range(runs[name].map((x) => rate(x, x.wallMs)))} MB/s wall, ${range(runs[name].map((x) => rate(x, x.cpuMs)))} MB/s CPU (${trees[name]}, ${runs[name][0]?.read ?? 'extractArticle'})`,
  )
const ratios = runs.this.map((a, i) => runs.other[i]!.cpuMs / a.cpuMs)
console.log(`this / other, by CPU time, round by round: ${range(ratios)} (above 1: this checkout is faster)`)
