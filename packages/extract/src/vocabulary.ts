/**
 * Words of the Vietnamese document system that the extractor reads: the names of document types
 * as news writes them before a number (`Nghị quyết số 35`), and the type letters each stands
 * for in a code (`35-NQ/TW`).
 */

/** A document-type name (lower case) and the type letters of its codes. */
export const DOCUMENT_TYPE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['nghị quyết', 'NQ'],
  ['chỉ thị', 'CT'],
  ['quy định', 'QĐ'],
  ['quyết định', 'QĐ'],
  ['hướng dẫn', 'HD'],
  ['kết luận', 'KL'],
  ['kế hoạch', 'KH'],
  ['thông báo', 'TB'],
  ['thông tri', 'TT'],
  ['chương trình hành động', 'CTr'],
  ['chương trình', 'CTr'],
  ['nghị định', 'NĐ'],
  ['thông tư liên tịch', 'TTLT'],
  ['thông tư', 'TT'],
  ['công văn', 'CV'],
  ['quy chế', 'QC'],
  ['đề án', 'ĐA'],
  ['luật', 'Luật'],
  ['pháp lệnh', 'PL'],
  ['công điện', 'CĐ'],
]

/** Type letters that a Party and a State code may both use for the same document type word. */
export function typeLettersFor(word: string): string | null {
  const w = word.toLowerCase()
  for (const [name, letters] of DOCUMENT_TYPE_WORDS) if (name === w) return letters
  return null
}

/** Type letters as compared: upper case, `Đ` as `D` (`QĐ` and `QD` are one type). */
export const typeKey = (letters: string): string => letters.toUpperCase().replace(/Đ/g, 'D')

/** True when two type letter strings name the same type (`QĐ` = `QD`, `NĐ` = `ND`). */
export function sameType(a: string, b: string): boolean {
  return typeKey(a) === typeKey(b)
}
