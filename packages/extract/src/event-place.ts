import { namedAgainNoun } from './event-organizer.ts'
import { placeProvince } from './event-province.ts'
import type { FoundEvent } from './events.ts'
import type { Piece } from './sentences.ts'

/**
 * Places the event reader leaves out: a place stated after the organiser in the same sentence
 * (`..., do T.Ư Đoàn tổ chức, diễn ra từ ngày 21-23.11, tại TP.HCM, với chủ đề ...`), a place
 * cut at a unit's abbreviation (`tại Tp. Cần Thơ` read as `Tp`), and the place of an event named
 * again by its noun alone, stated where it was named before (`Chiều 18/3, tại Học viện Hải quân,
 * TP Nha Trang (Khánh Hòa), Hội thi chung khảo ...` then `Hội thi khai mạc từ sáng 17/3`). A
 * link point (`tại điểm cầu ...`) is never the event's place.
 */

// Where a place is written: after `tại` (not at a link point, `tại điểm cầu`), up to the clause's
// end; its parts are between commas (`Học viện Hải quân, TP Nha Trang (Khánh Hòa)`), and a part
// ends at a purpose or the next clause's words. Periods within a sentence are abbreviations (`TP.HCM`).
// A heritage trip (`về nguồn`) is where a party cell's session is held: `... gắn với hành trình
// về nguồn thăm Khu Di tích Tân Trào`.
const AT = /(?<![\p{L}])(?:[Tt]ại|về nguồn(?:\s+(?:tại|thăm|ở))?)\s+(?!điểm cầu)/gu
// A holding verb ends the place too (`tại Hội trường Huyện ủy Tân Thạnh tổ chức hội nghị ...`).
const CLAUSE_END = /[;!?\n]|\s(?:với|nhằm|cho|về|để|có|từ|vào|đã|đến|kết nối|tổ chức|diễn ra|khai mạc)\s/u
// How many parts a place may run to.
const PLACE_PARTS = 3
// A unit's abbreviation a place was cut at (`Tp`, `TX`, `Q`), with the name after its period.
const CUT_AT_ABBREVIATION = /(?:^|\s)(?:Tp|TP|Tx|TX|Q|P)$/u
const NAME_AFTER_PERIOD = /^\.\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})/u
// A document cited where a place would stand (`tại Công văn số 2386/VPCP-NN`: in the letter; `tại
// Báo cáo của Tỉnh ủy Hà Tĩnh`: in the report, not in Hà Tĩnh).
const DOCUMENT =
  /^(?:Công văn|Quyết định|Nghị quyết|Nghị định|Kế hoạch|Chỉ thị|Thông báo|Thông tư|Kết luận|Hướng dẫn|Quy định|Công điện|Văn bản|Báo cáo|Tờ trình|Thông tri|Đề án|Chương trình)(?:\s+(?:số\s+)?\d|\s+(?:của|do)\s)/iu
// Where a place read from a report runs on into what follows it: a person and positions (`Hà Nội,
// đồng chí ...`, `Trụ sở Trung ương Đảng, Ủy viên Bộ Chính trị`, `... do đồng chí X`), a photo
// credit (`- Ảnh: ...`), the link points a meeting reached (`Hội trường Tỉnh ủy đến 125 điểm cầu`),
// a verb (`chi bộ khối A vinh dự được trao`).
const PLACE_RUN_ON =
  /\s+do\s+(?:đồng chí|ông|bà)\s|,\s+(?:đồng chí|ông|bà|Ủy viên|Uỷ viên|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|Giám đốc)(?![\p{L}])|\s+[-–]\s+Ảnh\s*:|\s+(?:đến|tới)\s+(?:\d+\s+)?(?:các\s+)?điểm cầu(?![\p{L}])|\s+(?:vinh dự|được|đã)\s/u

// An event or a group of its members where a place would stand (`tại lớp bồi dưỡng`, `tại hội
// nghị`, `tại tổ thảo luận`): where something was said, not where it was held.
const EVENT_AS_PLACE = /^(?:lớp|hội nghị|buổi|phiên|kỳ họp|cuộc|tổ thảo luận)(?![\p{L}])|^tổ$/iu

/**
 * A place as read, without a person, a photo credit, link points or a verb it ran on into; null
 * for a document or an event cited where a place would stand.
 */
export function cleanPlace(location: string): string | null {
  if (DOCUMENT.test(location) || EVENT_AS_PLACE.test(location.trim())) return null
  const m = PLACE_RUN_ON.exec(location)
  const place = m === null ? location : location.slice(0, m.index).trim()
  return place === '' ? null : place
}

// How many sentences back an event named again is looked for.
const NAMED_AGAIN_REACH = 4

/**
 * The first place after `tại` (or a heritage trip's `về nguồn thăm`) in a text that names a province (see `placeProvince`): its first
 * part, else its first two, else three; null when none does.
 */
export function statedPlace(text: string, date: string | null): string | null {
  if (!text.includes('tại') && !text.includes('Tại') && !text.includes('về nguồn')) return null
  // Read with exec from lastIndex: matchAll would copy the expression at every call.
  AT.lastIndex = 0
  for (let m = AT.exec(text); m !== null; m = AT.exec(text)) {
    const rest = text.slice(m.index + m[0].length)
    const clause = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length)
    const parts = clause.split(/,\s*/u)
    for (let n = 1; n <= Math.min(PLACE_PARTS, parts.length); n++) {
      const place = parts
        .slice(0, n)
        .join(', ')
        .replace(/[\s.]+$/u, '')
      if (place !== '' && placeProvince(place, date) !== null) return place
    }
  }
  return null
}

/** A place cut at a unit's abbreviation (`Tp`) made whole from the sentence it was read in, or null. */
export function wholePlace(location: string, sentence: string): string | null {
  if (!CUT_AT_ABBREVIATION.test(location)) return null
  const at = sentence.indexOf(`${location}.`)
  if (at < 0) return null
  const name = NAME_AFTER_PERIOD.exec(sentence.slice(at + location.length))?.[1]
  return name === undefined ? null : `${location}. ${name}`
}

/**
 * Place stage after the organisers: a place is cleaned (see {@link cleanPlace}); each event
 * without a place (or with one cut at an abbreviation) takes what its own clause (up to a
 * semicolon) states after its name, else, named again by its
 * noun alone, what the sentences before state where they name that noun. `sentences` are those
 * given to `findEvents`; `date` reads old units.
 */
export function fillPlaces(events: FoundEvent[], sentences: readonly Piece[], date: string | null): void {
  // The events of each sentence in the order they are written, looked up by sentence.
  const bySentence = new Map<number, FoundEvent[]>()
  for (const e of events) {
    const same = bySentence.get(e.sentence)
    if (same === undefined) bySentence.set(e.sentence, [e])
    else same.push(e)
  }
  const nextStart = new Map<FoundEvent, number>()
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.span.start - b.span.start)
    list.forEach((e, i) => {
      const next = nextReport(e, list.slice(i + 1, i + 1 + NEXT_REPORT_REACH))
      if (next !== undefined) nextStart.set(e, next.span.start)
    })
  }
  for (const e of events) {
    const place = placeOf(e, sentences, date, nextStart.get(e))
    e.location = place === null ? null : cleanPlace(place)
  }
}

// How many events after one in its sentence the next report is looked for.
const NEXT_REPORT_REACH = 8

// The next report among those `after` an event in its sentence, of another organiser or day (not
// a second event of the same sitting, which shares its place): where the event's own clause ends
// at the latest.
function nextReport(e: FoundEvent, after: readonly FoundEvent[]): FoundEvent | undefined {
  return after.find(
    (f) =>
      f.span.start > e.span.start && (f.organizer !== e.organizer || JSON.stringify(f.date) !== JSON.stringify(e.date)),
  )
}

// The place of one event as `fillPlaces` reads it, before it is cleaned.
function placeOf(e: FoundEvent, sentences: readonly Piece[], date: string | null, nextStart?: number): string | null {
  const own = sentences[e.sentence]
  if (own === undefined) return e.location
  if (e.location !== null) return wholePlace(e.location, own.text) ?? e.location
  // Its own clause only: a place after a semicolon is another report's (`... ra mắt tháng 1/2022
  // và Tủ sách Hồ Chí Minh ra mắt ngày 16/5/2022 tại Khu Di tích ...` after `...; Tủ sách ...`).
  const from = Math.max(0, e.span.start - own.start)
  const semicolon = own.text.indexOf(';', Math.max(from, e.span.end - own.start))
  const next = nextStart === undefined ? -1 : nextStart - own.start
  const ends = [semicolon, next].filter((at) => at > from)
  const stated = statedPlace(own.text.slice(from, ends.length > 0 ? Math.min(...ends) : undefined), date)
  if (stated !== null || e.title === null) return stated
  const noun = namedAgainNoun(e.title)
  if (noun === null) return null
  for (const before of sentences.slice(Math.max(0, e.sentence - NAMED_AGAIN_REACH), e.sentence).reverse()) {
    if (!before.text.toLowerCase().includes(noun)) continue
    const place = statedPlace(before.text, date)
    if (place !== null) return place
  }
  return null
}
