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
const AT = /(?<![\p{L}])[Tt]ại\s+(?!điểm cầu)/gu
const CLAUSE_END = /[;!?\n]|\s(?:với|nhằm|cho|về|để|có|từ|vào|đã|đến|kết nối)\s/u
// How many parts a place may run to.
const PLACE_PARTS = 3
// A unit's abbreviation a place was cut at (`Tp`, `TX`, `Q`), with the name after its period.
const CUT_AT_ABBREVIATION = /(?:^|\s)(?:Tp|TP|Tx|TX|Q|P)$/u
const NAME_AFTER_PERIOD = /^\.\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})/u
// How many sentences back an event named again is looked for.
const NAMED_AGAIN_REACH = 4

/**
 * The first place after `tại` in a text that names a province (see `placeProvince`): its first
 * part, else its first two, else three; null when none does.
 */
export function statedPlace(text: string, date: string | null): string | null {
  if (!text.includes('tại') && !text.includes('Tại')) return null
  for (const m of text.matchAll(AT)) {
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
 * Place stage after the organisers: each event without a place (or with one cut at an
 * abbreviation) takes what its own sentence states after its name, else, named again by its
 * noun alone, what the sentences before state where they name that noun. `sentences` are those
 * given to `findEvents`; `date` reads old units.
 */
export function fillPlaces(events: FoundEvent[], sentences: readonly Piece[], date: string | null): void {
  for (const e of events) {
    const own = sentences[e.sentence]
    if (own === undefined) continue
    if (e.location !== null) {
      e.location = wholePlace(e.location, own.text) ?? e.location
      continue
    }
    const from = Math.max(0, e.span.start - own.start)
    e.location = statedPlace(own.text.slice(from), date)
    if (e.location !== null || e.title === null) continue
    const noun = namedAgainNoun(e.title)
    if (noun === null) continue
    for (const before of sentences.slice(Math.max(0, e.sentence - NAMED_AGAIN_REACH), e.sentence).reverse()) {
      if (!before.text.toLowerCase().includes(noun)) continue
      e.location = statedPlace(before.text, date)
      if (e.location !== null) break
    }
  }
}
