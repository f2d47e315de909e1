/**
 * Hard line breaks inside a sentence. Pages copied from the web often keep the text wrapped at a
 * fixed width, or a paragraph broken by the copy (`Chi hội Phụ nữ ở 4/4 thôn xã` / `Trà Tân đều tổ
 * chức lễ kỷ niệm ...`): the line above leaves its clause open and the line below goes on with it.
 */

// Words a Vietnamese sentence cannot end on: prepositions, conjunctions, auxiliaries and
// classifiers that always have a complement after them, and the nouns that stand before a
// number or a name (`ngày 14/10`, `số 35`, `đồng chí Nguyễn Văn A`). Names of units (`xã`,
// `huyện`) are not among them: a unit's name may end on one (`Trung tâm Chính trị huyện`).
const OPEN_WORDS = new Set([
  'của',
  'và',
  'các',
  'những',
  'với',
  'cho',
  'tại',
  'ở',
  'trong',
  'về',
  'từ',
  'đến',
  'theo',
  'là',
  'được',
  'đã',
  'sẽ',
  'đang',
  'bị',
  'do',
  'mà',
  'nhưng',
  'hoặc',
  'như',
  'để',
  'vì',
  'khi',
  'thì',
  'nhằm',
  'gồm',
  'cùng',
  'ngày',
  'tháng',
  'chí',
  'ông',
  'bà',
  'số',
])

// A line that ends its sentence or its item: a final stop, a colon or semicolon before a list,
// possibly inside closing quotes or brackets.
const CLOSED_END = /[.!?…:;][\s"'”’)»\]]*$/u

const OPEN_DASH = /\s[-–]$/u

// A list item opening with a lower-case letter (`a) ...`, `b. ...`) starts a line of its own.
const LETTER_ITEM = /^\p{Ll}[).]\s/u

// The last word of a line, read backwards so that a long line costs no more than its last word.
function lastWord(line: string): string {
  let i = line.length
  while (i > 0 && line[i - 1] === ' ') i--
  const end = i
  while (i > 0 && line[i - 1] !== ' ') i--
  return line.slice(i, end)
}

/**
 * Whether the line break between `above` and `below` (adjacent lines, no blank line between)
 * falls inside a sentence: `above` leaves its clause open (no final stop) and `below` goes on
 * with it, opening in lower case (`... sinh hoạt định` / `kỳ tháng 8 ...`), or `above` ends on a
 * word that cannot end a sentence (`... ở 4/4 thôn xã` / `Trà Tân đều ...`).
 */
export function continuesSentence(above: string, below: string): boolean {
  if (above.length === 0 || below.length === 0 || CLOSED_END.test(above.slice(-8))) return false
  const first = below[0]!
  if (/\p{Ll}/u.test(first)) return !LETTER_ITEM.test(below.slice(0, 4))
  if (!/[\p{Lu}\p{N}]/u.test(first)) return false
  // A dash left open at the end of the line: a range or an apposition goes on (`2023 -` / `2024`).
  if (OPEN_DASH.test(above.slice(-3))) return !ITEM_OPENING.test(below.slice(0, 8))
  const word = lastWord(above)
  return word === word.toLowerCase() && OPEN_WORDS.has(word)
}

// How many breaks inside a sentence show a page's text wrapped at a fixed width, the narrowest
// column text is wrapped at (shorter broken lines are a page's widgets: `lượt xem 2` / `download`),
// and how full (a share of that width) a line must be to have been wrapped rather than ended.
const WRAPPED_BREAKS = 3
const NARROWEST_WRAP = 40
const FULL_LINE = 0.7

// A line opening a list item or a new paragraph's marker (`- `, `+ `, `1. `, `II- `, `a) `).
const ITEM_OPENING = /^(?:[-–—+•*]|\d{1,2}[.)/-]|[IVXLC]{1,5}[.)/-]|\p{L}[).])/u

/**
 * The width a page's text is wrapped at, or 0 when it is not: the typical length of the lines
 * broken inside a sentence (`continuesSentence`), read over `lines` when there are enough of them.
 */
export function wrapWidth(lines: readonly { text: string; blankBefore: boolean }[]): number {
  const broken: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const below = lines[i + 1]!
    if (!below.blankBefore && /^\p{Ll}/u.test(below.text) && continuesSentence(lines[i]!.text, below.text))
      broken.push(lines[i]!.text.length)
  }
  if (broken.length < WRAPPED_BREAKS) return 0
  broken.sort((a, b) => a - b)
  const width = broken[broken.length >> 1]!
  return width < NARROWEST_WRAP ? 0 : width
}

/**
 * On a page wrapped at `width`, whether the break between `above` and `below` (no blank line
 * between) is a wrap: `above` is nearly full and ends on a lower-case word or a comma, and `below` opens
 * with a capital but no list item (`... Chi hội Phụ nữ ở 4/4 thôn xã` / `Trà Tân đều tổ chức ...`).
 */
export function wrapsLine(above: string, below: string, width: number): boolean {
  if (continuesSentence(above, below)) return true
  if (width === 0 || above.length < FULL_LINE * width) return false
  const word = lastWord(above)
  if (!/^\p{Ll}/u.test(word) || !/[\p{Ll},]/u.test(word.slice(-1))) return false
  return /^\p{Lu}/u.test(below) && !ITEM_OPENING.test(below.slice(0, 8))
}

/**
 * On a page wrapped at `width`, whether the last line of a paragraph joined over wraps was
 * wrapped too (nearly full, no final stop): its sentence runs on, and the paragraph is no
 * caption for lacking a stop (`... Hội liên hiệp Phụ nữ Việt` / `Nam 20/10/1930 - 20/10/2023.`).
 */
export function runsOn(last: string, width: number): boolean {
  return width > 0 && last.length >= FULL_LINE * width && !CLOSED_END.test(last.slice(-8))
}
