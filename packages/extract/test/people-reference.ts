import {
  ADMINISTRATIVE_UNIT,
  HONORIFIC_WORD,
  LEADING_HONORIFIC,
  LEADING_LAST_WORDS,
  NAMING_WORD,
  ROLE_END,
  ROLE_START,
  ROLE_WORDS,
  TITLE,
} from '../src/rules/expressions.ts'
import {
  HISTORICAL_FIGURES,
  ORGANISATION_HEADS,
  PLACES_NAMED_LIKE_PEOPLE,
  SURNAMES as SURNAME_LIST,
  TITLE_HINT,
} from '../src/rules/people-words.ts'
import type { Piece } from '../src/sentences.ts'
import { splitter } from '../src/splitter.ts'
import { unitClass } from '../src/unit-class.ts'
import { WHITE_SPACE } from '../src/word-pattern.ts'

/**
 * findPeople and mergePeople as they were read with expressions over windows of the text (before
 * they were read unit by unit), kept to check the faster reading against: see people-reference.test.ts.
 */
type PersonMention = { name: string; roles: string[]; start: number; end: number }

// A name after a weak cue (a role) must start with a family name.
const SURNAMES = new Set(SURNAME_LIST)

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u
const HISTORICAL = new Set(HISTORICAL_FIGURES)
const HEADS = new Set(ORGANISATION_HEADS)
const PLACES = new Set(PLACES_NAMED_LIKE_PEOPLE)

// A run that names an organisation (`Hội Nông`) or a place (`Việt Nam`), not a person.
const namesNoPerson = (name: string): boolean => PLACES.has(name) || HEADS.has(name.split(' ', 1)[0]!)

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
    if (roles.length > 0 && !ROLE_START.test(p) && !TITLE.test(p)) roles[roles.length - 1] += `, ${p}`
    else roles.push(p)
  }
  return roles
}

function rolesAfter(text: string, from: number): string[] {
  const rest = text.slice(from, from + 300)
  const lead = /^\s*(?:,|[–—-])\s+/u.exec(rest)
  if (lead === null) return []
  let clause = ROLE_CLAUSE_END.first(rest.slice(lead[0].length))
  const stop = ROLE_END.exec(clause)
  if (stop !== null) clause = clause.slice(0, stop.index)
  if (!ROLE_START.test(clause) && !TITLE.test(FIRST_ROLE_END.first(clause))) return []
  return splitRoles(clause)
}

// Titles written right before a name, nearest last: `Thiếu tướng, Giáo sư, Tiến sĩ Bùi Quảng Bạ`.
// Word lists, not a regular expression over the window, so the cost stays linear.
function titlesBefore(text: string, at: number): string[] {
  const titles: string[] = []
  const window = text.slice(Math.max(0, at - 80), at)
  if (!TITLE_HINT.test(window)) return titles
  let rest = window.replace(/[\s,]+$/u, '')
  for (let guard = 0; guard < 6; guard++) {
    const words = rest.split(' ').slice(-4)
    let matched = false
    for (let k = words.length; k >= 1; k--) {
      const candidate = words.slice(words.length - k).join(' ')
      if (TITLE.test(candidate)) {
        titles.unshift(candidate)
        rest = rest.slice(0, rest.length - candidate.length).replace(/[\s,]+$/u, '')
        matched = true
        break
      }
    }
    if (!matched) break
  }
  return titles
}

// Every honorific fits in 12 code units, so a sticky match reads what a 12-unit slice would.
const LEADING_HONORIFIC_AT = new RegExp(LEADING_HONORIFIC.source.replace(/^\^/u, ''), 'uy')

// Whether `before` ends with one of `word`'s matches and then white space, read on the last
// 40 code units before that space (every such word is shorter).
function endsWithWordThenSpace(before: string, word: RegExp): boolean {
  let j = before.length
  while (j > 0 && WHITE_SPACE.test(before[j - 1]!)) j--
  return j < before.length && word.test(before.slice(Math.max(0, j - 40), j))
}

// Whether the sentence written so far (after the last `.`, `!` or `?` and a space) is only a
// capitalised honorific: `Ông `.
// The text before a name ends with one of LEADING_LAST_WORDS and a space whenever it is only
// an honorific, so any other ending needs no more reading.
function onlyLeadingHonorific(before: string): boolean {
  if (!before.endsWith(' ')) return false
  const lastWord = before.slice(before.lastIndexOf(' ', before.length - 2) + 1, before.length - 1)
  if (!LEADING_LAST_WORDS.has(lastWord)) return false
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

function inHonorificList(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - LIST_REACH), at)
  // A list's name follows `: `, `, ` or `và `; any other name is read without the list.
  if (!/(?::|,|và)\s+$/u.test(before)) return false
  // The list's words are capitalised: the last lower-case `các` opens it, if anything does.
  const head = before.lastIndexOf('các ')
  if (head < 0 || (head > 0 && !/\s/u.test(before[head - 1]!))) return false
  HONORIFIC_LIST.lastIndex = head
  return HONORIFIC_LIST.test(before)
}

/** Finds the people named in `pieces` (body sentences, captions), each once with all their roles. */
export function findPeople(pieces: Piece[]): PersonMention[] {
  const found: PersonMention[] = []
  for (const piece of pieces) {
    const text = piece.text
    for (let i = 0; i < text.length; i++) {
      if (!isUpperUnit(text, i) || (i > 0 && isLetterUnit(text, i - 1))) continue
      LEADING_HONORIFIC_AT.lastIndex = i
      const lead = LEADING_HONORIFIC_AT.exec(text)
      // After an honorific, a capitalised `Ông` is the family name (`đồng chí Ông Thị Ngọc Linh`).
      if (lead !== null && !(i > 0 && endsWithWordThenSpace(text.slice(Math.max(0, i - 60), i), HONORIFIC_WORD))) {
        i += lead[0].length - 1
        continue
      }
      const name = withoutRoleWord(text, i, readName(text, i))
      if (name === null) continue
      // Only a run of four words or more holds a place and then a name.
      const inner = name.name.split(' ', 4).length < 4 ? 0 : innerNameStart(name.name)
      if (inner > 0) {
        // Read again from there: the loop's step lands on the family name.
        i += inner - 1
        continue
      }
      if (ROLE_START.test(name.name) || HISTORICAL.has(name.name) || namesNoPerson(name.name)) {
        i = name.end
        continue
      }
      const before = text.slice(Math.max(0, i - 60), i)
      const titles = titlesBefore(text, i)
      let cued = titles.length > 0 || endsWithWordThenSpace(before, HONORIFIC_WORD) || onlyLeadingHonorific(before)
      // Roles after the name cue it only when it starts with a family name; read once.
      let roles: string[] | null = null
      let roleBefore = false
      if (!cued && SURNAMES.has(name.name.slice(0, name.name.indexOf(' ')))) {
        roleBefore = /(?:^|[\s,])\S+\s+$/u.test(before) && ROLE_WORDS.test(before.slice(lastClauseBreak(before) + 1))
        if (roleBefore) cued = true
        else {
          roles = rolesAfter(text, name.end)
          cued = roles.length > 0
        }
      }
      if (!cued && inHonorificList(text, i)) cued = true
      const roleThenUnit =
        roleBefore && name.name.split(' ', 3).length === 3 && endsWithWordThenSpace(before, ADMINISTRATIVE_UNIT)
      if (!cued || (endsWithWordThenSpace(before, NAMING_WORD) && !roleThenUnit)) {
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
  for (const m of mentions) {
    const key = m.name.toLowerCase()
    const entry = byName.get(key) ?? { name: m.name, roles: [] }
    for (const r of m.roles) if (!entry.roles.some((x) => x.toLowerCase() === r.toLowerCase())) entry.roles.push(r)
    byName.set(key, entry)
  }
  return [...byName.values()]
}
