/**
 * The benchmark's corpus: the team's fixture articles repeated until the size asked for, each copy
 * with its paragraphs shuffled and its day numbers shifted by a deterministic generator, so every
 * run (and every checkout compared by `against.ts`) measures the same bytes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Articles of at least `megabytes` MB in all, their size in bytes, and how many fixtures they come from. */
export function benchCorpus(megabytes: number): { articles: string[]; bytes: number; fixtures: number } {
  const dir = path.join(here, '..', 'fixtures', 'articles')
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  const random = xorshift(0x9e3779b9)
  const target = megabytes * 1024 * 1024
  const articles: string[] = []
  let bytes = 0
  while (bytes < target) {
    const article = mutate(sources[articles.length % sources.length]!, random)
    articles.push(article)
    bytes += Buffer.byteLength(article, 'utf8')
  }
  return { articles, bytes, fixtures: sources.length }
}

// A small deterministic generator (xorshift32), so every run measures the same corpus.
function xorshift(start: number): () => number {
  let seed = start
  return () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 0x100000000
  }
}

function mutate(text: string, random: () => number): string {
  const paragraphs = text.split('\n\n')
  const head = paragraphs.shift() ?? ''
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!]
  }
  const shift = 1 + Math.floor(random() * 9)
  return [head, ...paragraphs]
    .join('\n\n')
    .replace(/\b(\d{1,2})\/(\d{1,2})\b/g, (_, d: string, m: string) => `${((Number(d) + shift) % 28) + 1}/${m}`)
}
