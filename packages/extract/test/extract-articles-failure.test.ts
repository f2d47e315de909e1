import { describe, expect, it, vi } from 'vitest'
import { extractArticle, extractArticles } from '../src/index.ts'

// A stage that throws for one article: that article is read as empty, the others as usual.
const FAIL = 'Đảng ủy xã Thất Bại tổ chức hội nghị'
vi.mock(import('../src/events.ts'), async (original) => {
  const events = await original()
  return {
    ...events,
    findEvents: (...args: Parameters<typeof events.findEvents>) => {
      if (args[0].some((sentence) => sentence.text.includes(FAIL))) throw new Error('a rule failed')
      return events.findEvents(...args)
    },
  }
})

const good = [
  'Sáng 13/5/2024, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.',
  'Chiều 14/5/2024, Huyện đoàn An Lão tổ chức Lễ ra mắt Câu lạc bộ “Thanh niên với pháp luật” theo Chỉ thị 05-CT/TW.',
]
const bad = `Sáng 15/5/2024, ${FAIL} quán triệt Quy định 85-QĐ/TW.`

describe('extractArticles: an article that cannot be read', () => {
  it('is read as empty, as extractArticle reads it, and its neighbours are read as usual', () => {
    const [first, failed, second] = extractArticles([good[0]!, bad, good[1]!])
    expect(first).toEqual(extractArticle(good[0]!))
    expect(second).toEqual(extractArticle(good[1]!))
    expect(first!.events).toHaveLength(1)
    expect(failed).toEqual(extractArticle(bad))
    expect(failed!.article.text).toBe(bad)
    expect([failed!.events, failed!.directives, failed!.citations]).toEqual([[], [], []])
  })
})
