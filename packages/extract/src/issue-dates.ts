import { findVietnameseDates, type PartialDate } from '@vanban/core'
import type { DirectiveMention } from './directive-mentions.ts'

/**
 * Issue dates written away from a mention's tail, read over the article text (a mention's own
 * piece often ends where a hard-wrapped line does):
 *
 * - the tail over a line break: `Căn cứ Quyết định số 919/QĐ-TTg⏎ngày 01 tháng 8 năm 2022`,
 *   `ngày 01 <br />⏎tháng 3 năm 2018`;
 * - a State document's header: `Số: 594/KH-UBND ⏎ Nghệ An, ngày 21 tháng 10 năm 2021`, the
 *   place and date standing after the number, the national motto between them or not; a Party
 *   head's `Số 369-CV/BTGTU`; and the place and date line above the number line, where a head
 *   flattened right column first prints it;
 * - the clause that reports the issuing: `Ngày 06/7/2022, Bộ Chính trị ban hành Quy định số
 *   69-QĐ/TW`, `ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW`, and with
 *   no comma before the body, `Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị ...`, and with
 *   the verbs of signing and sending it, `ngày 07/01/2020 Đảng ủy ... đã gửi hướng dẫn số ...` (the date
 *   of the issuing itself, which wins over a date another mention of the code gives);
 * - after the title: `Nghị quyết 57-NQ/TW về ... ban hành ngày 22/12/2024`, `... do Ban Chấp
 *   hành Trung ương ban hành ngày 06/7/2022`, and the passive with its session, `Luật Thủ đô số
 *   39/2024/QH15 đã được Quốc hội khóa XV thông qua tại Kỳ họp thứ 7 ngày 28/6/2024`.
 */
export type IssueDateReading = 'nextLine' | 'header' | 'issuing' | 'afterTitle'

/** A mention dated by one of the readings above; `issuing` marks the date of the issuing clause. */
export type IssueDated = { issuedOn: PartialDate; reading: IssueDateReading }

// Line breaks, table pipes and `<br />` tags of text taken from a PDF or a table read as spaces;
// offsets stay the same.
const flatten = (s: string): string => s.replace(/<br\s*\/?>|[\n\r|]/giu, (x) => ' '.repeat(x.length))

// `ngày` after white space, commas and what `flatten` reads as spaces, tested on the text as it is:
// every mention asks, and flattening its 320 units first cost more than the rest of the reading.
const NEXT_LINE_DATE = /^(?:[\s,|]|<[Bb][Rr]\s*\/?>)*(?=ngày(?:[\s|]|<[Bb][Rr]\s*\/?>))/u
const HEADER_NUMBER = /Số\s*:\s*$/iu
// A Party head's number line, `Số 369-CV/BTGTU` opening its line without the colon.
const PARTY_NUMBER = /(?:^|\n)[ \t]*Số[ \t]+$/u
// The place and date line of a head as a line of its own (`Hà Tĩnh, ngày 15 tháng 6 năm 2021`):
// a head flattened right column first prints it above the number line.
const PLACE_DATE_LINE = /^\s*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{L}[\p{L}\p{M}]*){0,3},[ \t]+(?=ngày\s)/u
// A line of nothing but the head's layout (rules, stars, bars, white space).
const LAYOUT_LINE = /^[\s*_|-]*$/u
// How many lines above its number line a head's place and date are looked for.
const PLACE_ABOVE = 6
// The place and date of a header: a capitalised place name, a comma, `ngày`. Nothing that ends a
// sentence stands between the number and them.
const HEADER_PLACE_DATE = /^[^.;]{0,200}?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{L}[\p{L}\p{M}]*){0,3},\s+(?=ngày\s)/u
const ISSUING_CLAUSE =
  /(?:^|[,.;:*]\s*)(?:([Nn]gày\s+[^,;.\n]{1,30}?)(?:\s+vừa qua)?,\s+|([Nn]gày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?)\s+(?=\p{Lu}))[^.;\n]{2,200}?\s(?:đã\s+|vừa\s+)?(?:(?:ký\s+)?ban hành\s+[^.;,\d\n]{0,40}?|(?:ký|gửi)\s+)$/u
// After the title (`về ...`) or a passive tail: the verb of issuing and its date, within the clause.
const AFTER_TITLE =
  /^(?:[\s,]+năm\s+\d{4})?(?:\s+về\s[^.;\n]{0,240}?|[\s,]+(?:đã\s+)?(?:được|do)\s[^.;\n]{0,60}?)\s(?:ban hành|thông qua|ký ban hành|ký)(?:\s+tại\s+[^.;,\n]{0,40}?)?\s+(?:vào\s+)?(?=ngày\s)/u

function dayAt(text: string, at: number, reference: string | undefined): PartialDate | null {
  const window = flatten(text.slice(at, at + 40))
  const d = findVietnameseDates(window, reference === undefined ? {} : { reference })[0]
  return d !== undefined && d.start === 0 && d.date.precision === 'day' ? d.date : null
}

// The date of a head's place and date line standing above the number line at `at`, with only
// blank and layout lines between them; null when the first line of words above is another (a
// sentence that opens with a place or a time and a date goes on after the date).
function placeDateAbove(text: string, at: number): PartialDate | null {
  let end = text.lastIndexOf('\n', at - 1)
  for (let k = 0; k < PLACE_ABOVE && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    if (!LAYOUT_LINE.test(line)) {
      // The line holds the place and date and nothing after them.
      const place = PLACE_DATE_LINE.exec(line)
      if (place === null) return null
      const d = findVietnameseDates(line.slice(place[0].length))[0]
      return d !== undefined &&
        d.start === 0 &&
        d.date.precision === 'day' &&
        LAYOUT_LINE.test(line.slice(place[0].length + d.end))
        ? d.date
        : null
    }
    end = start - 1
  }
  return null
}

/** The issue date one reading gives a mention with none of its own, or null. */
export function readIssueDate(
  text: string,
  m: DirectiveMention,
  nextStart: number,
  reference: string | undefined,
): IssueDated | null {
  const after = text.slice(m.tailEnd, Math.min(nextStart, m.tailEnd + 320))
  // The readings of what follows the mention all end before `ngày`: without one there, only the
  // issuing clause before the mention is left to read.
  const dayAfter = after.includes('ngày')
  const nextLine = dayAfter ? NEXT_LINE_DATE.exec(after) : null
  if (nextLine !== null) {
    const d = dayAt(text, m.tailEnd + nextLine[0].length, undefined)
    if (d !== null) return { issuedOn: d, reading: 'nextLine' }
  }
  if (m.parts !== null) {
    const lead = text.slice(Math.max(0, m.start - 12), m.start)
    const colon = HEADER_NUMBER.test(lead)
    if (colon || PARTY_NUMBER.test(lead)) {
      const place = dayAfter ? HEADER_PLACE_DATE.exec(flatten(after)) : null
      const d = place === null ? null : dayAt(text, m.tailEnd + place[0].length, undefined)
      if (d !== null) return { issuedOn: d, reading: 'header' }
      const above = placeDateAbove(text, m.start)
      if (above !== null) return { issuedOn: above, reading: 'header' }
    }
  }
  // The verb stands within the last 60 units of the line before the mention: those are looked
  // at first, so a long line costs no more than a short one.
  const near = text.slice(Math.max(0, m.start - 60), m.start)
  const line = near.slice(near.lastIndexOf('\n') + 1)
  if (line.includes('ban hành') || line.includes('ký') || line.includes('gửi')) {
    const window = text.slice(Math.max(0, m.start - 320), m.start)
    const before = window.slice(window.lastIndexOf('\n') + 1)
    const clause = ISSUING_CLAUSE.exec(before)
    const d = clause === null ? null : dayAt(clause[1] ?? clause[2]!, 0, reference)
    if (d !== null) return { issuedOn: d, reading: 'issuing' }
  }
  const title = dayAfter ? AFTER_TITLE.exec(after) : null
  if (title !== null) {
    const d = dayAt(text, m.tailEnd + title[0].length, reference)
    if (d !== null) return { issuedOn: d, reading: 'afterTitle' }
  }
  return null
}

/**
 * Fills the issue date of every mention (in text order) whose tail gives none from the readings
 * of {@link readIssueDate}; a mention of the clause that reports its issuing is marked, so that
 * its date wins over another mention's.
 */
export function addIssueDates(text: string, mentions: DirectiveMention[], reference: string | undefined): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.issuedOn !== null) continue
    const dated = readIssueDate(text, m, mentions[i + 1]?.start ?? text.length, reference)
    if (dated === null) continue
    m.issuedOn = dated.issuedOn
    if (dated.reading === 'issuing') m.issuing = true
  }
}
