import type { ResolvedMention } from './directives.ts'
import type { FoundEvent } from './events.ts'
import type { Piece } from './sentences.ts'

/**
 * An event's name often calls the document it carries out by its type alone, once the headline or
 * an earlier sentence has named it in full (`Quán triệt Nghị quyết 57-NQ/TW ...` over `Đảng ủy xã
 * tổ chức hội nghị quán triệt Nghị quyết cho cán bộ, đảng viên`; `Sơ kết 5 năm thực hiện Chỉ thị
 * 05-CT/TW` over `hội nghị sơ kết 5 năm thực hiện Chỉ thị`): the capitalised type, with no number
 * or name after it, names that document again. It is linked when the text before names exactly one
 * document of that type; a name that goes on (`Nghị quyết Hội nghị Trung ương 10`, `Nghị quyết số
 * 57`) is another reading's.
 */

// Each type's name as written in an event's name, and the letters of its codes.
const TYPE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['Nghị quyết', 'NQ'],
  ['Chỉ thị', 'CT'],
  ['Kết luận', 'KL'],
  ['Quy định', 'QĐ'],
  ['Quyết định', 'QĐ'],
  ['Hướng dẫn', 'HD'],
  ['Kế hoạch', 'KH'],
  ['Đề án', 'ĐA'],
  ['Nghị định', 'NĐ'],
  ['Thông tư', 'TT'],
])
// The type alone: at the name's end, before punctuation, or before a lower-case word that is no `số`.
const BARE_TYPE = new RegExp(
  `(?<![\\p{L}])(${[...TYPE_LETTERS.keys()].join('|')})(?=\\s*$|\\s*[,.;:)“"]|\\s+(?!số\\s)\\p{Ll})`,
  'u',
)

const letters = (type: string): string => type.normalize('NFC').toUpperCase()

/**
 * Links each event that cites no document to the one its name calls by its type alone, when the
 * headline (`title`) and the sentences up to the event's own name exactly one document of that
 * type (see the module's comment). `sentences` are those given to `findEvents`; `mentions` every
 * resolved mention of the article, in text order.
 */
export function linkTypeNamed(
  events: FoundEvent[],
  sentences: readonly Piece[],
  mentions: readonly ResolvedMention[],
): void {
  for (const e of events) {
    if (e.directives.length > 0 || e.title === null) continue
    const type = BARE_TYPE.exec(e.title)?.[1]
    const own = sentences[e.sentence]
    if (type === undefined || own === undefined) continue
    const wanted = TYPE_LETTERS.get(type)!
    const codes = new Set<string>()
    for (const m of mentions) {
      if (m.start >= own.end) break
      if (letters(m.type) === wanted) codes.add(m.code)
    }
    if (codes.size === 1) e.directives = [...codes]
  }
}
