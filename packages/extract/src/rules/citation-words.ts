import type { CitationVerb } from '@vanban/core'

/**
 * Verbs that say what a sentence does with the directive it cites, read as the nearest one
 * before the citation: `sơ kết 3 năm thực hiện Kết luận 01` reviews it. Verbs that give the
 * same reading are tried together, readings in the order first listed. `./expressions.ts`
 * compiles them.
 */
export const CITING_VERBS: ReadonlyArray<{ words: string; verb: CitationVerb }> = [
  { words: 'sơ kết', verb: 'reviews' },
  { words: 'tổng kết', verb: 'reviews' },
  { words: 'quán triệt', verb: 'disseminates' },
  { words: 'tuyên truyền', verb: 'disseminates' },
  { words: 'học tập', verb: 'disseminates' },
  { words: 'phổ biến', verb: 'disseminates' },
  { words: 'giới thiệu', verb: 'disseminates' },
  { words: 'thông tin', verb: 'disseminates' },
  { words: 'thực hiện', verb: 'implements' },
  { words: 'triển khai', verb: 'implements' },
  { words: 'cụ thể hóa', verb: 'implements' },
  { words: 'theo', verb: 'implements' },
  { words: 'bám sát', verb: 'implements' },
]

/** How far (code units, within one clause) a reading's verb may stand before the citation. */
export const CITING_REACH: Readonly<Partial<Record<CitationVerb, number>>> = {
  reviews: 60,
  disseminates: 60,
  implements: 40,
}

/**
 * Words that give a code as a specimen of a form, not a citation: `ký hiệu kiểu “Số:
 * 15/UBND-VP”`, `ví dụ: 12/KH-UBND`. Lower case, read in any case, right before the code or
 * its opening quote and `Số:`. `./expressions.ts` compiles them.
 */
export const SPECIMEN_WORDS: readonly string[] = ['kiểu', 'ví dụ', 'chẳng hạn']
