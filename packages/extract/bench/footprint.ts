/**
 * How much compiled code reading articles leaves in the engine, this checkout's beside another's:
 * V8's code space after the bench corpus was read twice, once as V8 runs it and once with every
 * regular expression interpreted (so compiled to no native code). The difference is the native
 * code of the expressions. Timings swing up to 2x from run to run; these sizes move by a few
 * percent (as garbage collection frees old code or not). They tell why one call per article is
 * slower than a batch: the more code each article runs through, the less of it stays in the
 * processor's caches from one article (or one stage) to the next.
 *
 *   node --conditions=@vanban/source bench/footprint.ts [other checkout] [MB=4]
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { benchCorpus } from './corpus.ts'

type Footprint = { codeMB: number }

const here = path.dirname(fileURLToPath(import.meta.url))
const CHILD = '--child'

// In a child: read the corpus twice with the module given, then report the code space.
async function measureHere(entry: string, size: number): Promise<Footprint> {
  const module = (await import(pathToFileURL(path.resolve(entry)).href)) as {
    extractArticle: (text: string) => unknown
    extractArticles?: (texts: string[]) => unknown[]
  }
  const { articles } = benchCorpus(size)
  for (let round = 0; round < 2; round++) {
    if (module.extractArticles !== undefined) module.extractArticles(articles)
    else for (const a of articles) module.extractArticle(a)
  }
  let bytes = 0
  for (const space of v8.getHeapSpaceStatistics())
    if (space.space_name.startsWith('code')) bytes += space.space_used_size
  return { codeMB: bytes / (1024 * 1024) }
}

function measure(tree: string, size: string, flags: string[]): Footprint {
  const out = execFileSync(
    process.execPath,
    [
      '--conditions=@vanban/source',
      ...flags,
      fileURLToPath(import.meta.url),
      CHILD,
      path.join(tree, 'src', 'index.ts'),
      size,
    ],
    { encoding: 'utf8', cwd: tree },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Footprint
}

const args = process.argv.slice(2)
if (args[0] === CHILD) {
  console.log(JSON.stringify(await measureHere(args[1]!, Number(args[2]))))
} else {
  const [other, size = '4'] = args
  const trees: [string, string][] = [['this', path.join(here, '..')]]
  if (other !== undefined && other !== '') trees.push(['other', path.join(path.resolve(other), 'packages', 'extract')])
  for (const [name, tree] of trees) {
    const native = measure(tree, size, [])
    const interpreted = measure(tree, size, ['--regexp-interpret-all'])
    console.log(
      `${name}: code space ${native.codeMB.toFixed(1)} MB after reading ${size} MB twice; ` +
        `${interpreted.codeMB.toFixed(1)} MB with expressions interpreted, so about ` +
        `${(native.codeMB - interpreted.codeMB).toFixed(1)} MB of expressions' native code (${tree})`,
    )
  }
}
