import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type ArticleHints, extractArticle, extractArticles } from '../src/index.ts'

const packageDir = path.dirname(import.meta.dirname)
const corpus = (name: string): string[] => {
  const folder = path.join(packageDir, name, 'articles')
  return fs
    .readdirSync(folder)
    .sort()
    .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'))
}

describe('extractArticles: the same extraction as one extractArticle call per article', () => {
  it.each(['fixtures', 'fixtures-blind', 'fixtures-real'])('%s, read in one call', (name) => {
    const texts = corpus(name)
    expect(extractArticles(texts)).toEqual(texts.map((text) => extractArticle(text)))
  })

  it('reads past its batch limits (256 articles, 4 MB) in order', () => {
    // 600 articles cross the article limit twice; a few long ones cross the size limit.
    const short = corpus('fixtures-real').slice(0, 600)
    const long = corpus('fixtures').map((text) => `${text}\n\n${'Ban Thường vụ Huyện ủy họp. '.repeat(40_000)}`)
    const texts = [...short.slice(0, 300), ...long.slice(0, 5), ...short.slice(300)]
    const batched = extractArticles(texts)
    expect(batched).toHaveLength(texts.length)
    texts.forEach((text, i) => {
      expect(batched[i]).toEqual(extractArticle(text))
    })
  })

  it('takes each article with its own hints, and any iterable', () => {
    const [a, b] = corpus('fixtures-real').filter((text) => !/\d{1,2}\/\d{1,2}\/\d{4}/u.test(text.slice(0, 300)))
    const hints: ArticleHints = {
      url: 'https://example.vn/tin/1.html',
      source: 'example.vn',
      publishedAt: '2024-05-13',
    }
    function* articles() {
      yield { text: a!, hints }
      yield b!
      yield { text: b! }
    }
    expect(extractArticles(articles())).toEqual([extractArticle(a!, hints), extractArticle(b!), extractArticle(b!)])
    expect(extractArticles(articles())[0]!.article.url).toBe(hints.url)
  })

  it('gives nothing for no articles, and an empty article for text that is no string', () => {
    expect(extractArticles([])).toEqual([])
    const [odd] = extractArticles([42 as unknown as string])
    expect(odd).toEqual(extractArticle(42 as unknown as string))
    expect(odd!.article.text).toBe('')
    const untyped = [null, undefined, { text: null }] as unknown as string[]
    expect(extractArticles(untyped).map((x) => x.article.text)).toEqual(['', '', ''])
  })
})
