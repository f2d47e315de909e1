import {
  ADMINISTRATIVE_UNIT,
  HONORIFIC_WORD,
  isTitle,
  LEADING_HONORIFIC,
  LEADING_LAST_WORDS,
  NAMING_WORD,
  ROLE_END,
  ROLE_START,
  ROLE_WORDS,
  titleOpensAt,
} from './rules/expressions.ts'
import {
  ADMINISTRATIVE_UNITS,
  HISTORICAL_FIGURES,
  HONORIFICS,
  NAMING_WORDS_ANY_CASE,
  NAMING_WORDS_AS_WRITTEN,
  ORGANISATION_HEADS,
  PLACES_NAMED_LIKE_PEOPLE,
  RANK_GRADES,
  ROLES_BEFORE_NAMES,
  SENIOR_RANKS,
  SURNAMES as SURNAME_LIST,
  TITLE_HINT,
} from './rules/people-words.ts'
import type { Piece } from './sentences.ts'
import { splitter } from './splitter.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'
import { firstLetters } from './word-pattern.ts'

/**
 * People named with the roles written beside them: `đồng chí Lê Văn A, Bí thư ..., Chủ tịch
 * ...`, `ông/bà/chị/anh X`, academic and military titles before the name (`Thiếu tướng, Giáo
 * sư, Tiến sĩ X`, `PGS.TS X`, `ThS X`), and a role right before the name (`Bộ trưởng Bộ TT&TT
 * Nguyễn Mạnh Hùng`). A name needs one of these cues, so places and schools named after people
 * (`phong cách Hồ Chí Minh`, `Trường THCS Lê Thánh Tôn`) are not people.
 */
export type PersonMention = { name: string; roles: string[]; start: number; end: number }

// A name after a weak cue (a role) must start with a family name.
const SURNAMES = new Set(SURNAME_LIST)

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u
const HISTORICAL = new Set(HISTORICAL_FIGURES)
const HEADS = new Set(ORGANISATION_HEADS)
const PLACES = new Set(PLACES_NAMED_LIKE_PEOPLE)

// A run that names an organisation (`Hội Nông`) or a place (`Việt Nam`), not a person.
const namesNoPerson = (name: string): boolean => PLACES.has(name) || HEADS.has(firstWord(name))

// What `s.split(' ', 1)[0]` gives, without the array.
function firstWord(s: string): string {
  const space = s.indexOf(' ')
  return space < 0 ? s : s.slice(0, space)
}

// Where a person's name starts inside a run of capitalised words that a place ends before it
// (`Huyện ủy Lục Nam Vi Thị Hằng`): at the family name before a middle `Thị` or `Văn` that is
// not the run's second word. 0 when the run is one name.
function innerNameStart(name: string): number {
  const words = name.split(' ')
  // `thành phố Hà Nội Nguyễn Lan Hương`: a place named like a person opens the run.
  if (PLACES.has(`${words[0]} ${words[1]}`)) return words[0]!.length + words[1]!.length + 2
  let at = words[0]!.length + 1
  for (let k = 2; k + 1 < words.length; k++) {
    at += words[k - 1]!.length + 1
    if ((words[k] === 'Thị' || words[k] === 'Văn') && SURNAMES.has(words[k - 1]!)) return at - words[k - 1]!.length - 1
  }
  return 0
}

// Per code unit: 1 when it starts a capitalised word candidate (differs from its lower case),
// 2 when not. Filled as characters are met.
const UPPER = new Uint8Array(65536)

function isUpperUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  let known = UPPER[code]!
  if (known === 0) {
    const c = text[i]!
    known = c === c.toLowerCase() ? 2 : 1
    UPPER[code] = known
  }
  return known === 1
}

const isLetterOrMark = unitClass(/^[\p{L}\p{M}]$/u)
const isLetterUnit = (text: string, i: number): boolean => isLetterOrMark(text.charCodeAt(i))
const isCapital = unitClass(/^\p{Lu}$/u)
const isSmallOrMark = unitClass(/^[\p{Ll}\p{M}]$/u)

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/**
 * Where the name word at `i` ends: a capital and small letters or marks (or an apostrophe and
 * another capital, `H’Mai`), read as far as the run of letters reaches but no further than 20
 * code units (a longer run is cut there). -1 when the run at `i` is no name word, and null when
 * it holds a character outside the basic plane, which the caller reads with expressions instead.
 */
function nameWordEnd(text: string, i: number): number | null {
  const limit = Math.min(text.length, i + 20)
  let j = i
  let name = true
  while (j < limit) {
    const c = text.charCodeAt(j)
    if (isSurrogate(c)) return null
    // Names of the Central Highlands join a capital to a syllable with an apostrophe: `H’Mai`.
    if ((c === 0x2019 || c === 0x27) && j > i && j + 2 < limit && isCapital(text.charCodeAt(j + 1))) {
      j += 2
      continue
    }
    if (!isLetterUnit(text, j)) break
    if (j === i ? !isCapital(c) : !isSmallOrMark(c)) name = false
    j++
  }
  return j > i && name ? j : -1
}

// The run of letters at i, as far as 20 code units reach (what a 20-unit slice holds).
function lettersAt(text: string, i: number): string | null {
  return /^[\p{L}\p{M}]+/u.exec(text.slice(i, i + 20))?.[0] ?? null
}

// Up to five name words one space apart, read with expressions: the general case of
// readName, for text with characters outside the basic plane.
function readNameSlowly(text: string, from: number): { name: string; end: number } | null {
  const words: string[] = []
  let i = from
  let end = from
  while (words.length < 5) {
    const w = lettersAt(text, i)
    if (w === null || !NAME_WORD.test(w)) break
    words.push(w)
    end = i + w.length
    if (text[end] !== ' ') break
    i = end + 1
  }
  if (words.length >= 3 && words[0] === words[1]) words.shift()
  return words.length >= 2 ? { name: words.join(' '), end } : null
}

// Two to five capitalised words one space apart. Read unit by unit with tables: most of a
// text's capitals open no name, and a regular expression per word cost more than the rest.
function readName(text: string, from: number): { name: string; end: number } | null {
  let i = from
  let end = from
  let count = 0
  let second = -1
  while (count < 5) {
    const wordEnd = nameWordEnd(text, i)
    if (wordEnd === null) return readNameSlowly(text, from)
    if (wordEnd < 0) break
    count++
    if (count === 2) second = i
    end = wordEnd
    if (text.charCodeAt(end) !== 32) break
    i = end + 1
  }
  if (count < 2) return null
  // A repeated family name is a typing slip: `Nguyễn Nguyễn Văn Thể`.
  const first = second - 1 - from
  if (count >= 3 && text.startsWith(text.slice(from, from + first), second) && text.charCodeAt(second + first) === 32) {
    return { name: text.slice(second, end), end }
  }
  return { name: text.slice(from, end), end }
}

const ROLE_PARTS = splitter(/\s*,\s+|\s+[–—-]\s+/u)
const ROLE_CLAUSE_END = splitter(/[;.:()]|\s+và\s+(?:đồng chí|ông|bà)|“/u)
const FIRST_ROLE_END = splitter(/,\s+/u)

function splitRoles(text: string): string[] {
  const parts = ROLE_PARTS.pieces(text)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
  const roles: string[] = []
  for (const p of parts) {
    // A part that does not start a role continues the one before (`..., Bộ Công an`).
    if (roles.length > 0 && !ROLE_START.test(p) && !isTitle(p)) roles[roles.length - 1] += `, ${p}`
    else roles.push(p)
  }
  return roles
}

// How far after a name its roles are read.
const ROLES_REACH = 300

function rolesAfter(text: string, from: number): string[] {
  const end = Math.min(text.length, from + ROLES_REACH)
  const lead = roleLeadEnd(text, from, end)
  if (lead < 0) return []
  let clause = ROLE_CLAUSE_END.first(text.slice(lead, end))
  const stop = ROLE_END.exec(clause)
  if (stop !== null) clause = clause.slice(0, stop.index)
  if (!ROLE_START.test(clause) && !isTitle(FIRST_ROLE_END.first(clause))) return []
  return splitRoles(clause)
}

// Where the comma or dash between a name and its roles and the white space around it end, as
// `/^\s*(?:,|[–—-])\s+/u` reads the text from `from` up to `end`; -1 when none stands there.
function roleLeadEnd(text: string, from: number, end: number): number {
  let k = from
  while (k < end && isWhiteUnit(text.charCodeAt(k))) k++
  if (k === end) return -1
  const c = text.charCodeAt(k)
  if (c !== 0x2c && c !== 0x2013 && c !== 0x2014 && c !== 0x2d) return -1
  let j = k + 1
  while (j < end && isWhiteUnit(text.charCodeAt(j))) j++
  return j > k + 1 ? j : -1
}

// How far before a name its titles are read.
const TITLES_REACH = 80

// Titles written right before a name, nearest last: `Thiếu tướng, Giáo sư, Tiến sĩ Bùi Quảng Bạ`.
// Word lists, not a regular expression over the window, so the cost stays linear.
function titlesBefore(text: string, at: number): string[] {
  const titles: string[] = []
  const from = Math.max(0, at - TITLES_REACH)
  if (!TITLE_HINT.test(text.slice(from, at))) return titles
  let rest = text.slice(from, withoutSeparatorsBack(text, at, from))
  const starts: number[] = []
  for (let guard = 0; guard < 6; guard++) {
    // The last one to four words, as `rest.split(' ').slice(-4)` gives them, longest first.
    lastWordStarts(rest, 4, starts)
    let matched = false
    for (let k = starts.length - 1; k >= 0; k--) {
      // A title opens with one of a few capitals: any other word is not cut out to be tried.
      if (!titleOpensAt(rest, starts[k]!)) continue
      const candidate = rest.slice(starts[k])
      if (isTitle(candidate)) {
        titles.unshift(candidate)
        rest = rest.slice(0, withoutSeparatorsBack(rest, starts[k]!, 0))
        matched = true
        break
      }
    }
    if (!matched) break
  }
  return titles
}

// Where the white space and commas that end the text before `at` start, as `/[\s,]+$/u` finds
// them, reading back no further than `from`.
function withoutSeparatorsBack(text: string, at: number, from: number): number {
  let j = at
  while (j > from && (isWhiteUnit(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x2c)) j--
  return j
}

// Into `starts`, where the last `most` words of `s` (split at each space) start, the last word's first.
function lastWordStarts(s: string, most: number, starts: number[]): void {
  starts.length = 0
  let end = s.length
  while (starts.length < most) {
    const space = end > 0 ? s.lastIndexOf(' ', end - 1) : -1
    starts.push(space + 1)
    if (space < 0) return
    end = space
  }
}

// Every honorific fits in 12 code units, so a sticky match reads what a 12-unit slice would.
const LEADING_HONORIFIC_AT = new RegExp(LEADING_HONORIFIC.source.replace(/^\^/u, ''), 'uy')
// A key of the first two units of each capitalised honorific (each has two or more), small
// enough to stay an integer: where the key of a text's two units is none of these, those units
// open no honorific, and LEADING_HONORIFIC_AT is not run.
const pairAt = (s: string, i: number): number => s.charCodeAt(i) * 32 + (s.charCodeAt(i + 1) & 31)
const HONORIFIC_OPENS = new Set(
  HONORIFICS.filter((h) => h.opensSentence).map((h) => pairAt(h.words[0]!.toUpperCase() + h.words.slice(1), 0)),
)

// How far back of the text before a name the expressions that end it are read.
const BEFORE_REACH = 60

/**
 * How many code units before the end of a text `word` (an expression of words that ends with
 * `$`) can read: its longest word and, for its look-behind, a letter (two units) before it. A
 * slice that long answers as the 40 units the reading once took: the expression never looks
 * further back.
 */
const wordReach = (words: readonly string[]): number => Math.min(40, Math.max(...words.map((w) => w.length)) + 2)

/**
 * An expression of literal words that ends with `$` (its words are `words`, read with its flags),
 * how far back it reads (see {@link wordReach}), and which code units its words end with: a text
 * whose last unit is none of them ends with none of its words, and is not read by it.
 */
export type WordEnding = { pattern: RegExp; reach: number; mayEnd: (code: number) => boolean }
function wordEnding(pattern: RegExp, words: readonly string[]): WordEnding {
  const last = [...new Set(words.map((w) => w.at(-1)!))].map((c) => c.replace(/[\\\]^-]/gu, '\\$&'))
  return {
    pattern,
    reach: wordReach(words),
    mayEnd: unitClass(new RegExp(`^[${last.join('')}]$`, pattern.flags.replace(/[gy]/gu, ''))),
  }
}
export const HONORIFIC_ENDING = wordEnding(
  HONORIFIC_WORD,
  HONORIFICS.map((h) => h.words),
)
export const NAMING_ENDING = wordEnding(NAMING_WORD, [...NAMING_WORDS_ANY_CASE, ...NAMING_WORDS_AS_WRITTEN])
export const UNIT_ENDING = wordEnding(ADMINISTRATIVE_UNIT, ADMINISTRATIVE_UNITS)

/**
 * Whether the text before `at` (its last BEFORE_REACH code units) ends with one of `word`'s
 * matches and then white space, read on the last `reach` code units before that space (see
 * {@link wordReach}; at most 40).
 */
export function endsWithWordThenSpace(text: string, at: number, word: WordEnding): boolean {
  const from = Math.max(0, at - BEFORE_REACH)
  const j = pastWhiteBack(text, at, from)
  if (j === at || j === from || !word.mayEnd(text.charCodeAt(j - 1))) return false
  return word.pattern.test(text.slice(Math.max(from, j - word.reach), j))
}

// Where the white space that ends the text before `at` starts, reading back no further than `from`.
function pastWhiteBack(text: string, at: number, from: number): number {
  let j = at
  while (j > from && isWhiteUnit(text.charCodeAt(j - 1))) j--
  return j
}

// The length of the capitalised honorific and space at `i` (LEADING_HONORIFIC), or null.
function leadingHonorificAt(text: string, i: number): number | null {
  LEADING_HONORIFIC_AT.lastIndex = i
  return LEADING_HONORIFIC_AT.exec(text)?.[0].length ?? null
}

// How many spaces `s` holds, counted up to `most`.
function spacesIn(s: string, most: number): number {
  let n = 0
  for (let k = s.indexOf(' '); k >= 0 && n < most; k = s.indexOf(' ', k + 1)) n++
  return n
}

/**
 * Whether the text before `at` (its last BEFORE_REACH units) ends with a word and white space,
 * as `/(?:^|[\s,])\S+\s+$/u` reads it: the white space is all of the run that ends the text,
 * and the word before it is what precedes that run, always after white space or the start.
 */
function endsWithWordThenWhite(text: string, at: number): boolean {
  const from = Math.max(0, at - BEFORE_REACH)
  const j = pastWhiteBack(text, at, from)
  return j < at && j > from
}

// ROLE_WORDS with a look-ahead for its words' first letters, which it tries at every offset: it
// matches where ROLE_WORDS does, as every match opens with one of them.
const ROLE_WORDS_GUARDED = new RegExp(
  firstLetters([
    ...ROLES_BEFORE_NAMES,
    ...RANK_GRADES.flatMap((grade) => SENIOR_RANKS.map((rank) => `${grade} ${rank}`)),
  ]) + ROLE_WORDS.source,
  ROLE_WORDS.flags,
)

// Whether a role (ROLE_WORDS) stands in the clause before `at`: after the last clause break of
// the text's last BEFORE_REACH units.
function roleInClauseBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - BEFORE_REACH), at)
  return ROLE_WORDS_GUARDED.test(before.slice(lastClauseBreak(before) + 1))
}

// Whether the sentence written so far (after the last `.`, `!` or `?` and a space) is only a
// capitalised honorific: `Ông `.
// The text before a name ends with one of LEADING_LAST_WORDS and a space whenever it is only
// an honorific, so any other ending needs no more reading.
function onlyLeadingHonorific(text: string, at: number): boolean {
  const from = Math.max(0, at - BEFORE_REACH)
  if (at === from || text.charCodeAt(at - 1) !== 32) return false
  // The last word before that space, no further back than `from` (a space found before it
  // stands outside the text read).
  const lastWord = text.slice(Math.max(from, text.lastIndexOf(' ', at - 2) + 1), at - 1)
  if (!LEADING_LAST_WORDS.has(lastWord)) return false
  const before = text.slice(from, at)
  const sentenceHead =
    before
      .split(/[.!?]\s/u)
      .pop()
      ?.trimStart() ?? ''
  return LEADING_HONORIFIC.test(sentenceHead) && sentenceHead.length === LEADING_HONORIFIC.exec(sentenceHead)![0].length
}

// Where the last `,`, `;`, `.` or `:` stands in `text`, or -1.
function lastClauseBreak(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k)
    if (c === 44 || c === 59 || c === 46 || c === 58) return k
  }
  return -1
}

// A name written with no comma before the role after it (`Phùng Xuân Nhạ Bí thư Đảng ủy`)
// runs into the role's first word, which is capitalised: the run ends before it.
function withoutRoleWord(
  text: string,
  from: number,
  name: { name: string; end: number } | null,
): { name: string; end: number } | null {
  if (name === null) return null
  const last = name.name.lastIndexOf(' ')
  // A role longer than the run's last word reads the unit after it, a letter or a space as
  // every role opening is written: at any other the role is not read.
  const next = from + name.name.length
  if (next >= text.length || (text.charCodeAt(next) !== 32 && !isLetterOrMark(text.charCodeAt(next)))) return name
  // Only a role of several words whose first is the run's last (`Bí thư`): a one-word opening
  // (`Chánh`, `Phó`) is also a given name.
  const role = last < 0 ? null : ROLE_START.exec(text.slice(from + last + 1, from + last + 1 + 24))
  if (role === null || role[0].length <= name.name.length - last - 1) return name
  const rest = name.name.slice(0, last)
  return rest.includes(' ') ? { name: rest, end: from + last } : null
}

// A list of names after a plural honorific (`gồm các bà: Lê Thị Xuyến, Nguyễn Thị Được, Hà
// Giang`): each name is cued by it. Only names, commas and `và` stand between it and the name.
const HONORIFIC_LIST =
  /các\s+(?:ông|bà|đồng chí|anh|chị)\s*:?\s+(?:\p{Lu}[\p{L}\p{M}’']*(?:\s\p{Lu}[\p{L}\p{M}’']*)*\s*(?:,|\svà)\s+){0,12}$/uy
const LIST_REACH = 240

// Whether the text before `at` (its last LIST_REACH units) ends with `:`, `,` or `và` and white
// space, as `/(?::|,|và)\s+$/u` reads it.
function afterListMark(text: string, at: number): boolean {
  const from = Math.max(0, at - LIST_REACH)
  const j = pastWhiteBack(text, at, from)
  if (j === at || j === from) return false
  const c = text.charCodeAt(j - 1)
  return c === 0x3a || c === 0x2c || (c === 0xe0 && j - 2 >= from && text.charCodeAt(j - 2) === 0x76)
}

function inHonorificList(text: string, at: number): boolean {
  // A list's name follows `: `, `, ` or `và `; any other name is read without the list.
  if (!afterListMark(text, at)) return false
  const before = text.slice(Math.max(0, at - LIST_REACH), at)
  // The list's words are capitalised: the last lower-case `các` opens it, if anything does.
  const head = before.lastIndexOf('các ')
  if (head < 0 || (head > 0 && !/\s/u.test(before[head - 1]!))) return false
  HONORIFIC_LIST.lastIndex = head
  return HONORIFIC_LIST.test(before)
}

// What roleThenUnit needs besides a role before the name: a family name opening a name of three
// words or more, after a word and white space that end with a unit.
function mayFollowRoleAndUnit(text: string, at: number, name: string): boolean {
  return (
    SURNAMES.has(name.slice(0, name.indexOf(' '))) &&
    spacesIn(name, 2) === 2 &&
    endsWithWordThenWhite(text, at) &&
    endsWithWordThenSpace(text, at, UNIT_ENDING)
  )
}

/** Finds the people named in `pieces` (body sentences, captions), each once with all their roles. */
export function findPeople(pieces: Piece[]): PersonMention[] {
  const found: PersonMention[] = []
  for (const piece of pieces) {
    const text = piece.text
    for (let i = 0; i < text.length; i++) {
      if (!isUpperUnit(text, i) || (i > 0 && isLetterUnit(text, i - 1))) continue
      const lead = HONORIFIC_OPENS.has(pairAt(text, i)) ? leadingHonorificAt(text, i) : null
      // After an honorific, a capitalised `Ông` is the family name (`đồng chí Ông Thị Ngọc Linh`).
      if (lead !== null && !(i > 0 && endsWithWordThenSpace(text, i, HONORIFIC_ENDING))) {
        i += lead - 1
        continue
      }
      const name = withoutRoleWord(text, i, readName(text, i))
      if (name === null) continue
      // Only a run of four words or more holds a place and then a name.
      const inner = spacesIn(name.name, 3) < 3 ? 0 : innerNameStart(name.name)
      if (inner > 0) {
        // Read again from there: the loop's step lands on the family name.
        i += inner - 1
        continue
      }
      if (ROLE_START.test(name.name) || HISTORICAL.has(name.name) || namesNoPerson(name.name)) {
        i = name.end
        continue
      }
      // After a word of a place (`xã Tân Phú`), only a role and a unit let a name of three words
      // be a person's (see roleThenUnit below): without what that needs, the run is skipped
      // before the cues are read, as it would be after them.
      const naming = endsWithWordThenSpace(text, i, NAMING_ENDING)
      if (naming && !mayFollowRoleAndUnit(text, i, name.name)) {
        i = name.end
        continue
      }
      const titles = titlesBefore(text, i)
      let cued = titles.length > 0 || endsWithWordThenSpace(text, i, HONORIFIC_ENDING) || onlyLeadingHonorific(text, i)
      // Roles after the name cue it only when it starts with a family name; read once.
      let roles: string[] | null = null
      let roleBefore = false
      if (!cued && SURNAMES.has(name.name.slice(0, name.name.indexOf(' ')))) {
        roleBefore = endsWithWordThenWhite(text, i) && roleInClauseBefore(text, i)
        if (roleBefore) cued = true
        else {
          roles = rolesAfter(text, name.end)
          cued = roles.length > 0
        }
      }
      if (!cued && inHonorificList(text, i)) cued = true
      const roleThenUnit = roleBefore && spacesIn(name.name, 2) === 2 && endsWithWordThenSpace(text, i, UNIT_ENDING)
      if (!cued || (naming && !roleThenUnit)) {
        i = name.end
        continue
      }
      roles ??= rolesAfter(text, name.end)
      found.push({ name: name.name, roles: [...titles, ...roles], start: piece.start + i, end: piece.start + name.end })
      i = name.end
    }
  }
  return found
}

/** Merges mentions of the same person, keeping the roles in the order first written. */
export function mergePeople(mentions: PersonMention[]): Array<{ name: string; roles: string[] }> {
  const byName = new Map<string, { name: string; roles: string[] }>()
  // Each person's roles in lower case, to compare each role written once.
  const lowerRoles = new Map<string, string[]>()
  for (const m of mentions) {
    const key = m.name.toLowerCase()
    let entry = byName.get(key)
    let lower = lowerRoles.get(key)
    if (entry === undefined || lower === undefined) {
      entry = { name: m.name, roles: [] }
      lower = []
      byName.set(key, entry)
      lowerRoles.set(key, lower)
    }
    for (const r of m.roles) {
      const l = r.toLowerCase()
      if (lower.includes(l)) continue
      entry.roles.push(r)
      lower.push(l)
    }
  }
  return [...byName.values()]
}
