import { z } from 'zod'
import { COMMUNES_2025, type CommuneKind } from './commune-units.ts'
import { DISTRICTS_2025, type DistrictKind } from './district-units.ts'
import { FORMER_COMMUNES } from './former-commune-units.ts'
import {
  type FormerProvinceData,
  PROVINCE_PORTAL_DOMAINS,
  PROVINCE_PRESS_DOMAINS,
  PROVINCE_RENAMES,
  PROVINCE_SHORT_FORMS,
  PROVINCES_1997,
  PROVINCES_2025,
  type ProvincialUnitData,
} from './province-units.ts'
import { foldDiacritics } from './text.ts'
import {
  capitalAfterWords,
  capitalOrDigitAt,
  KEYS_SIZE,
  type KeySet,
  keyAmong,
  keySet,
  nextKeyAmong,
  nextWordStart,
  onlyWhite,
  plainText,
  wordAt,
  wordBefore,
  wordEnd,
  wordKey,
} from './word-keys.ts'

/**
 * A provincial administrative unit: its official two-digit code (`79`) and its name without the
 * `tỉnh`/`thành phố` prefix (`Hồ Chí Minh`). Codes are only unique within a period: `24` was Bắc
 * Giang until 30 June 2025 and is Bắc Ninh since.
 */
export const ProvinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/, 'a province code is two digits, as in 01 or 79'),
  name: z.string().min(1),
})

/** A provincial unit. */
export type Province = z.infer<typeof ProvinceSchema>

/** A province as read at a date: the unit in force then, and the unit of the 34 that holds its territory today. */
export type ProvinceResolution = { atDate: Province; today: Province }

/** Options of the province readers: the date the text speaks of (`YYYY`, `YYYY-MM`, `YYYY-Qn`, `YYYY-MM-DD`). */
export type ProvinceOptions = { date?: string | null | undefined }

/**
 * The province code a reader of local units takes as `near` (see {@link districtProvince}), or a
 * function that gives it: asked only where a name several provinces had must be told apart, so a
 * caller whose code is costly to work out (the province an article is about) works it out only then.
 */
export type NearCode = string | null | undefined | (() => string | null)

// The code `near` stands for, read only when a reader asks.
const nearCode = (near: NearCode): string | null | undefined => (typeof near === 'function' ? near() : near)

// The one of several codes that is `near`, asked only when there are some.
function nearAmong(codes: readonly string[], near: NearCode): string | undefined {
  if (codes.length === 0) return undefined
  const code = nearCode(near)
  return codes.find((c) => c === code)
}

/** The 34 provincial units in force today (since 1 July 2025), in code order. */
export const PROVINCES: readonly Province[] = PROVINCES_2025.map(({ code, name }) => ({ code, name }))

/** The 63 provincial units in force until 30 June 2025, in code order. */
export const FORMER_PROVINCES: readonly Province[] = PROVINCES_1997.map(({ code, name }) => ({ code, name }))

const CURRENT = new Map<string, ProvincialUnitData>(PROVINCES_2025.map((u) => [u.code, u]))
const FORMER = new Map<string, FormerProvinceData>(PROVINCES_1997.map((u) => [u.code, u]))

/** Today's unit by its code, or undefined when no unit of the 34 has it. */
export function provinceByCode(code: string): Province | undefined {
  const unit = CURRENT.get(code)
  return unit === undefined ? undefined : { code: unit.code, name: unit.name }
}

/**
 * The words of a text: its runs of letters and digits, each as written and folded (`TP.HCM` → `tp`,
 * `hcm`). The key is folded when first asked: a whole article is read for unit words, and most of
 * its words are passed over on their first letter (see {@link keyAmong}).
 */
class Word {
  readonly start: number
  readonly end: number
  readonly text: string
  #key: string | undefined
  constructor(start: number, end: number, text: string) {
    this.start = start
    this.end = end
    this.text = text
  }
  get key(): string {
    this.#key ??= wordKey(this.text)
    return this.#key
  }
  // Whether it is written in plain ASCII, and its tone marks (see markedAt): read once a unit
  // word's letters match, and kept, since a word is compared with several unit words.
  #plain: boolean | undefined
  get plain(): boolean {
    this.#plain ??= PLAIN.test(this.text)
    return this.#plain
  }
  get tone(): string {
    return toneOf(this.text)
  }
}

// Vietnamese's five tone marks (grave, acute, tilde, hook, dot below), apart from the vowels'
// own marks (circumflex, breve, horn), so that `uỷ` and `ủy` carry the same tone.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu
const TONES = new Map<string, string>()
// A word's tone marks, kept per word as its key is (`thành` of `hoàn thành` is asked again and again).
function toneOf(word: string): string {
  let tone = TONES.get(word)
  if (tone === undefined) {
    tone = (word.normalize('NFD').match(TONE_MARK) ?? []).join('')
    if (TONES.size >= KEYS_SIZE) TONES.clear()
    TONES.set(word, tone)
  }
  return tone
}
const PLAIN = /^[\p{ASCII}]*$/u

// The keys of words `from` to `from + n - 1`, joined by spaces.
function joinedKeys(ws: readonly Word[], from: number, n: number): string {
  let key = ws[from]!.key
  for (let k = from + 1; k < from + n; k++) key += ` ${ws[k]!.key}`
  return key
}

// The next word from `from` on whose key is one of `keys`: where a unit word may begin. Only such
// words are read further, so a whole article is read fast; null past the last.
function nextWordAmong(text: string, from: number, keys: KeySet): { start: number; end: number } | null {
  for (let start = nextWordStart(text, from); start < text.length; ) {
    const end = wordEnd(text, start)
    if (keyAmong(text, start, end, keys)) return { start, end }
    start = nextWordStart(text, end)
  }
  return null
}

// Texts this long or longer are read for words by an expression when they are plain (see plainText):
// a check of each code unit, and the expression's own scan, cost less than reading each word.
const LONG_TEXT = 256

// A reader of the next word from a place on whose key is one of `keys`, as nextWordAmong reads it:
// in a long plain text, the expression of the keys finds the words (see keyPattern).
function wordsAmong(text: string, keys: KeySet): (from: number) => { start: number; end: number } | null {
  const pattern = keys.pattern
  if (text.length < LONG_TEXT || pattern === null || !plainText(text)) return (from) => nextWordAmong(text, from, keys)
  return (from) => {
    pattern.lastIndex = from
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      // nextWordAmong reads a word from `from` whatever stands before it.
      if ((start === from || !wordAt(text, start - 1)) && keyAmong(text, start, end, keys)) return { start, end }
      pattern.lastIndex = end
    }
    return null
  }
}

// The runs of letters, marks and digits (WORD_CHAR), read code unit by code unit: `count` of them
// from `at` on, or all.
function words(text: string, at = 0, count = Number.POSITIVE_INFINITY): Word[] {
  const out: Word[] = []
  let i = at
  while (out.length < count) {
    const start = nextWordStart(text, i)
    if (start >= text.length) break
    i = wordEnd(text, start)
    out.push(new Word(start, i, text.slice(start, i)))
  }
  return out
}

// Reads on in `text`, past the last word of `ws`, until `ws` holds `count` words or the text ends:
// a reader takes the words after a unit word only once the unit word is there.
function readOn(text: string, ws: Word[], count: number): void {
  if (ws.length >= count || ws.length === 0) return
  ws.push(...words(text, ws[ws.length - 1]!.end, count - ws.length))
}

/** A unit word as written (`tỉnh ủy`): its words' keys and tones. */
type Marker = { keys: string[]; tones: string[] }
const marker = (written: string): Marker => {
  const ws = words(written)
  return { keys: ws.map((w) => w.key), tones: ws.map((w) => toneOf(w.text)) }
}

// Whether a unit word begins at word `at`: the same letters, and the same tones unless the word is
// written in plain ASCII (`Tinh Nghe An`); `Tĩnh` of `Hà Tĩnh` is no `tỉnh`, `quân` no `quận`.
// Tones are read only once the letters of all its words match, which few words do.
function markedAt(ws: readonly Word[], m: Marker, at: number): boolean {
  const n = m.keys.length
  for (let i = 0; i < n; i++) {
    const w = ws[at + i]
    if (w === undefined || w.key !== m.keys[i]) return false
  }
  for (let i = 0; i < n; i++) {
    const w = ws[at + i]!
    if (!w.plain && w.tone !== m.tones[i]) return false
  }
  return true
}

// The items of a list whose unit word opens with `key`, in the list's order: a word is compared
// only with the unit words it may begin (`thành` with `thành phố`, `thành ủy`, `thành đoàn`).
const BY_FIRST_KEY = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>()
function opening<T>(list: readonly T[], markerOf: (item: T) => Marker, key: string): readonly T[] {
  let byKey = BY_FIRST_KEY.get(list) as Map<string, readonly T[]> | undefined
  if (byKey === undefined) {
    const groups = new Map<string, T[]>()
    for (const item of list) {
      const first = markerOf(item).keys[0]!
      groups.set(first, [...(groups.get(first) ?? []), item])
    }
    byKey = groups
    BY_FIRST_KEY.set(list, byKey)
  }
  return byKey.get(key) ?? []
}

// The first word's key of each name of a map (folded, words joined by spaces): a name is looked
// up at a place only when its first word's key is one of these, since a word's key holds no space.
const FIRST_KEYS = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>()
function firstKeysOf(names: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let keys = FIRST_KEYS.get(names)
  if (keys === undefined) {
    keys = new Set([...names.keys()].map((k) => k.split(' ')[0]!))
    FIRST_KEYS.set(names, keys)
  }
  return keys
}

// A text's words' keys, joined by spaces; read in one pass, since the data's thousands of names are keyed so.
function keyOf(text: string): string {
  let key: string | undefined
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start)
    const word = wordKey(text.slice(start, end))
    key = key === undefined ? word : `${key} ${word}`
    start = nextWordStart(text, end)
  }
  return key ?? ''
}

// Every written form, folded, to the old unit (63) and the current unit (34) it names.
type Named = { former?: string; current?: string }
const NAMES = new Map<string, Named>()
function addName(form: string, side: keyof Named, code: string): void {
  const key = keyOf(form)
  const named = NAMES.get(key) ?? {}
  named[side] ??= code
  NAMES.set(key, named)
}
for (const u of PROVINCES_1997) addName(u.name, 'former', u.code)
for (const r of PROVINCE_RENAMES) addName(r.name, 'former', r.code)
for (const [code, forms] of Object.entries(PROVINCE_SHORT_FORMS)) for (const f of forms) addName(f, 'former', code)
for (const u of PROVINCES_2025) addName(u.name, 'current', u.code)
const LONGEST_NAME = Math.max(...[...NAMES.keys()].map((k) => k.split(' ').length))

// Whether a date falls before the 34 units: a year before 2025, or 2025 before July (a bare 2025
// reads as before, since most of a year-only 2025 cannot be placed).
// Read character by character, as `^(\d{4})(?:-(?:Q(\d)|(\d{2})))?` would (it is asked for each
// unit read): four digits, then a quarter or a month when a dash brings one.
function beforeMerger(date: string | null | undefined): boolean {
  if (date === null || date === undefined) return false
  if (!(digitAt(date, 0) && digitAt(date, 1) && digitAt(date, 2) && digitAt(date, 3))) return false
  const year = Number(date.slice(0, 4))
  if (year !== 2025) return year < 2025
  if (date[4] === '-' && date[5] === 'Q' && digitAt(date, 6)) return Number(date[6]) <= 2
  if (date[4] === '-' && digitAt(date, 5) && digitAt(date, 6)) return Number(date.slice(5, 7)) <= 6
  return true
}
// Whether an ASCII digit (`\d` without the `u` flag) stands at i.
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

function formerName(code: string, date: string | null | undefined): string {
  const renamed = PROVINCE_RENAMES.find((r) => r.code === code && date != null && date.slice(0, 10) < r.until)
  return renamed?.name ?? FORMER.get(code)?.name ?? code
}

function current(code: string): Province {
  const unit = CURRENT.get(code)
  if (unit === undefined) throw new Error(`no unit of the 34 has code ${code}`)
  return { code: unit.code, name: unit.name }
}

// An old unit read at a date: itself before the merger, its successor after.
function fromFormer(code: string, date: string | null | undefined): ProvinceResolution {
  const unit = FORMER.get(code)
  if (unit === undefined) throw new Error(`no old unit has code ${code}`)
  const today = current(unit.successor)
  return beforeMerger(date) ? { atDate: { code, name: formerName(code, date) }, today } : { atDate: today, today }
}

function fromNamed(named: Named, date: string | null | undefined): ProvinceResolution | null {
  if (beforeMerger(date) || named.current === undefined) {
    return named.former === undefined ? null : fromFormer(named.former, date)
  }
  const today = current(named.current)
  return { atDate: today, today }
}

// The last word's key of each name (see resolveProvince).
const NAME_LAST_KEYS = new Set([...NAMES.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)))

// The key of a text's last word, or null when it has none.
function lastWordKey(text: string): string | null {
  let start = -1
  let end = -1
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, end)) {
    start = at
    end = wordEnd(text, at)
  }
  return start < 0 ? null : wordKey(text.slice(start, end))
}

/**
 * Whether a text ending with `word` (a run without white space) may name a province for
 * {@link resolveProvince}: the key of the word's last word ends some province's name, or the run
 * holds no word (the name's last word then stands further back). A reader that tries several
 * texts ending with the same run asks this once.
 */
export function mayEndProvinceName(word: string): boolean {
  const last = lastWordKey(word)
  return last === null || NAME_LAST_KEYS.has(last)
}

// Words that name a provincial unit's kind before its name; `tp` is how the press abbreviates
// `thành phố` (`TP.HCM`, `TP Hồ Chí Minh`).
const PROVINCIAL_PREFIXES = ['tinh', 'thanh pho', 'tp', 'thu do'].map((p) => p.split(' '))
// Words that name a district- or commune-level unit: what follows them is not a province.
const LOCAL_PREFIXES = ['huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran', 'dac khu'].map((p) => p.split(' '))

const startsWith = (keys: readonly string[], prefix: readonly string[], at = 0): boolean =>
  prefix.every((p, i) => keys[at + i] === p)

/**
 * The province a text names, read at a date: `TP.HCM`, `Thành phố Hồ Chí Minh`, `tỉnh Bà Rịa -
 * Vũng Tàu`, `Thua Thien Hue`, `BR-VT`. Gives the unit in force at `date` (the 63 before 1 July
 * 2025, the 34 since; today when no date is given) and the unit of the 34 that holds its
 * territory now, or null when the text is no province's name. A name after a district or commune
 * word (`huyện Điện Biên`, `thị xã Quảng Trị`, `xã Hòa Bình`) is a local unit, not the province,
 * and gives null.
 */
export function resolveProvince(text: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  // A name read below ends with the text's last word, whose key holds no space: a text whose last
  // word ends no name names none, and is turned away before its words are read.
  const last = lastWordKey(text)
  if (last !== null && !NAME_LAST_KEYS.has(last)) return null
  const keys = words(text).map((w) => w.key)
  if (LOCAL_PREFIXES.some((p) => startsWith(keys, p))) return null
  const prefix = PROVINCIAL_PREFIXES.find((p) => startsWith(keys, p) && keys.length > p.length)
  const rest = keys.slice(prefix?.length ?? 0).join(' ')
  const named = NAMES.get(rest) ?? (prefix === undefined ? undefined : NAMES.get(keys.join(' ')))
  return named === undefined ? null : fromNamed(named, options.date)
}

/** A province named inside a longer text (an organisation's name, a place), with its span. */
export type ProvinceMention = { start: number; end: number; province: ProvinceResolution }

// The words that introduce a province's name inside an organisation's name or a place: the unit
// words, and the Party and Youth Union committees named after the unit (`Tỉnh ủy Nghệ An`).
const MENTION_MARKERS = ['tỉnh', 'thành phố', 'tp', 'thủ đô', 'tỉnh ủy', 'thành ủy', 'tỉnh đoàn', 'thành đoàn'].map(
  marker,
)
// The first word of every marker: most words are none, and are passed over by one lookup.
const MENTION_FIRST_KEYS = keySet(MENTION_MARKERS.map((m) => m.keys[0]!))
// The markers, longest first (a stable sort: of two as long, the one listed first).
const MENTION_LONGEST_FIRST = [...MENTION_MARKERS].sort((a, b) => b.keys.length - a.keys.length)
const MENTION_WORDS = MENTION_LONGEST_FIRST[0]!.keys.length
const NAME_FIRST_KEYS = firstKeysOf(NAMES)
// What the word after a unit word's first may be: a name's first word, or the marker's second.
const MENTION_SECOND_KEYS = keySet([
  ...NAME_FIRST_KEYS,
  ...MENTION_MARKERS.filter((m) => m.keys.length > 1).map((m) => m.keys[1]!),
])

/**
 * Every province named inside a text after a word that introduces one: `tỉnh`, `thành phố`, `TP`,
 * `Tỉnh ủy`, `Thành ủy`, `Tỉnh đoàn`, `Thành đoàn` (`UBND tỉnh Nghệ An`, `Thành ủy Hà Nội`,
 * `Hội Nông dân TP.HCM`). A bare name is not read, since `Hồ Chí Minh`, `Hòa Bình` or `Quảng Trị`
 * also name people, ideas and towns. The longest name wins (`Bà Rịa - Vũng Tàu` over `Vũng Tàu`).
 */
export function findProvinces(text: string, options: ProvinceOptions = {}): ProvinceMention[] {
  const found: ProvinceMention[] = []
  // Word by word, a word kept only where a unit word may begin: a whole article is read so.
  let i = 0
  const next = wordsAmong(text, MENTION_FIRST_KEYS)
  for (let w = next(0); w !== null; w = next(i)) {
    const start = w.start
    i = w.end
    // Most words that may open a unit word (`thành công`, `tỉnh ta`) have no name or marker's
    // word after them, and are passed over before their words are read.
    if (!nextKeyAmong(text, w.end, MENTION_SECOND_KEYS)) continue
    // The unit word and the longest name after it, read on only where a name may begin.
    const ws = words(text, start, MENTION_WORDS)
    const unitWord = opening(MENTION_LONGEST_FIRST, (m) => m, ws[0]?.key ?? '').find((m) => markedAt(ws, m, 0))
    if (unitWord === undefined) continue
    const from = unitWord.keys.length
    readOn(text, ws, from + 1)
    if (from >= ws.length || !NAME_FIRST_KEYS.has(ws[from]!.key)) continue
    readOn(text, ws, from + LONGEST_NAME)
    for (let n = Math.min(LONGEST_NAME, ws.length - from); n >= 1; n--) {
      const named = NAMES.get(joinedKeys(ws, from, n))
      const province = named === undefined ? null : fromNamed(named, options.date)
      if (province === null) continue
      found.push({ start: ws[from]!.start, end: ws[from + n - 1]!.end, province })
      i = ws[from + n - 1]!.end
      break
    }
  }
  return found
}

const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i

// Every name of a unit folded without spaces (`baclieu`, `bariavungtau`, `tphcm`), as a host writes it.
const COMPACT = new Map<string, Named>()
for (const [key, named] of NAMES) {
  const compact = key.replace(/ /g, '')
  COMPACT.set(compact, { ...named, ...COMPACT.get(compact) })
}
// Names shorter than this are read only as a whole label: `hue` or `hcm` inside a longer label
// (`hcmute`, `hcma`) is another word more often than the unit.
const MIN_NAME_IN_LABEL = 5

// Short forms read at the end of a label, after the words of the body whose site it is (`evnhcmc`,
// `dubaonhanluchcmc`): the city's initials end a label only as its place, where other short names
// end words (`thue`, tax, is not `hue`); and `thudo`, the capital, as the capital's bodies and
// papers name their sites (`anninhthudo`, `laodongthudo`, `quocphongthudo`: Hà Nội's police, labour
// federation and command), a name in every sense Hà Nội's.
const LABEL_END_FORMS: ReadonlyMap<string, string> = new Map([
  ['hcmc', 'hcmc'],
  ['hcm', 'hcm'],
  ['thudo', 'hanoi'],
])

// The unit a host label names: the whole label (`dongnai`, `hue`), else the longest name inside it,
// as the document system's sites write them around a word (`baolangson`, `tinhuyquangtri`, `vinhphuctv`),
// else a short form that ends it (see LABEL_END_FORMS).
function labelUnit(label: string): Named | undefined {
  const key = foldDiacritics(label).replace(/[^a-z0-9]/g, '')
  const whole = COMPACT.get(key)
  if (whole !== undefined) return whole
  let best: string | undefined
  for (const name of COMPACT.keys()) {
    if (name.length >= MIN_NAME_IN_LABEL && key.includes(name) && name.length > (best?.length ?? 0)) best = name
  }
  if (best !== undefined) return COMPACT.get(best)
  for (const [form, name] of LABEL_END_FORMS) if (key.endsWith(form)) return COMPACT.get(name)
  return undefined
}

/**
 * The province whose site serves a page, from its address or host, read at a date: a State portal
 * of `PROVINCE_PORTAL_DOMAINS` or its subdomain (`sotuphap.hatinh.gov.vn`), a provincial paper of
 * `PROVINCE_PRESS_DOMAINS` (`kinhtedothi.vn`, `m.btv.org.vn`), else the unit a label
 * of the host names, the registered name first (`xuanloc.dongnai.gov.vn`, `baolangson.vn`,
 * `baoninhbinh.org.vn`, `tinhuyquangtri.vn`, `tuyengiao.hungyen.dcs.vn`, `vinhphuctv.vn`); null
 * when no label names one (`nhandan.vn`, `hcma.vn`).
 */
export function provinceOfDomain(url: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  const host = HOST.exec(url.trim())?.[1]?.toLowerCase()
  if (host === undefined) return null
  for (const table of [PROVINCE_PORTAL_DOMAINS, PROVINCE_PRESS_DOMAINS]) {
    for (const [code, domains] of Object.entries(table)) {
      if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return fromFormer(code, options.date)
    }
  }
  const labels = host.split('.').reverse()
  for (const label of labels) {
    const named = labelUnit(label)
    const province = named === undefined ? null : fromNamed(named, options.date)
    if (province !== null) return province
  }
  for (const label of labels) {
    const province = labelDistrict(label, options.date)
    if (province !== null) return province
  }
  return null
}

// Province names that are also a person's name or common words in a slug (`phong-cach-ho-chi-minh`,
// `dien-bien-hoa-binh`: peaceful evolution, `thai-binh-duong`: the Pacific, `hai-duong`: two
// roads), read only as a whole path segment or after a unit word (`tp-ho-chi-minh`).
const SLUG_WORD_NAMES = new Set(['ho chi minh', 'dien bien', 'hoa binh', 'thai binh', 'hai duong'])

// The units a path segment names: the whole segment (`/danang/`, `/ninhthuan/`), else every name
// of two or more words among its words (`Phú-Yên-34.epi`, `...-cua-dong-nai-c51047813.epi`).
function segmentUnits(segment: string): Named[] {
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // a malformed escape: read the segment as written
  }
  const whole = COMPACT.get(foldDiacritics(decoded).replace(/[^a-z0-9]/g, ''))
  if (whole !== undefined) return [whole]
  const keys = words(decoded.replace(/[-_+]/g, ' ')).map((w) => w.key)
  const found: Named[] = []
  for (let i = 0; i < keys.length; i++) {
    for (let n = Math.min(LONGEST_NAME, keys.length - i); n >= 2; n--) {
      const key = keys.slice(i, i + n).join(' ')
      const named = NAMES.get(key)
      if (named === undefined) continue
      // An ambiguous name is passed over whole (`thai-binh-duong` is not `binh-duong`).
      const afterUnitWord = PROVINCIAL_PREFIXES.some((p) => startsWith(keys, p, i - p.length))
      if (!SLUG_WORD_NAMES.has(key) || afterUnitWord) found.push(named)
      i += n - 1
      break
    }
  }
  return found
}

/**
 * The province a page's address names in its path, read at a date: a segment that is a unit's
 * name (`vietnam.vn/ninhthuan/...`, `dangcongsan.vn/danang/...`), else names of two or more words
 * in its segments (a tag `baomoi.net.vn/tag/Phú-Yên-34.epi`, a headline slug
 * `...-cua-dong-nai-c51047813.epi`) when they all name one unit; null otherwise. Aggregators and
 * national sites file local news so; the host is read by {@link provinceOfDomain}.
 */
export function provinceOfPath(url: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  const path = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*([^?#]*)/i.exec(url.trim())?.[1] ?? ''
  const segments = path.split('/').filter((s) => s.length > 0)
  const units = segments.flatMap(segmentUnits)
  const provinces = units.map((u) => fromNamed(u, options.date)).filter((p) => p !== null)
  const codes = new Set(provinces.map((p) => p.today.code))
  return codes.size === 1 ? provinces[0]! : null
}

// Units by their folded name: several units (of one kind or another, in one province or several)
// may bear one name.
// A unit keeps its name as written, lower case: names that fold alike may differ in their marks
// (`Nam Đàn`, Nghệ An, and `Nấm Dẩn`, Tuyên Quang; `Thanh Xuân`, Hà Nội, and `Thạnh Xuân`).
// It is lower-cased when first compared (`name`), from the name as the data writes it (`written`):
// most units are never named in a text, and normalising thousands of names costs.
type NamedUnit<K> = { kind: K; code: string; written: string; name?: string }
const writtenKey = (name: string): string => name.normalize('NFC').toLowerCase()
const nameOf = <K>(unit: NamedUnit<K>): string => {
  unit.name ??= writtenKey(unit.written)
  return unit.name
}
function unitsByName<K>(rows: readonly (readonly [K, string, string])[]): Map<string, NamedUnit<K>[]> {
  const units = new Map<string, NamedUnit<K>[]>()
  for (const [kind, name, code] of rows) {
    const key = keyOf(name)
    const unit: NamedUnit<K> = { kind, code, written: name }
    const same = units.get(key)
    if (same === undefined) units.set(key, [unit])
    else same.push(unit)
  }
  return units
}
// The most words a name of the map runs to (-Infinity for none, as Math.max of none).
function longestName(units: Map<string, unknown>): number {
  let longest = Number.NEGATIVE_INFINITY
  for (const k of units.keys()) {
    let n = 1
    for (let j = k.indexOf(' '); j >= 0; j = k.indexOf(' ', j + 1)) n++
    if (n > longest) longest = n
  }
  return longest
}

// The most words a marker of a list runs to.
const MARKER_WORDS = new WeakMap<readonly { marker: Marker }[], number>()
function markerWordsOf(markers: readonly { marker: Marker }[]): number {
  let n = MARKER_WORDS.get(markers)
  if (n === undefined) {
    n = Math.max(0, ...markers.map((m) => m.marker.keys.length))
    MARKER_WORDS.set(markers, n)
  }
  return n
}

// The keys the words of the markers after their first may have: the second word's of those of two
// words or more, and so on.
const FOLLOW_KEYS = new WeakMap<readonly { marker: Marker }[], readonly KeySet[]>()
function followKeysOf(markers: readonly { marker: Marker }[]): readonly KeySet[] {
  const known = FOLLOW_KEYS.get(markers)
  if (known !== undefined) return known
  const follow: KeySet[] = []
  for (let j = 1; j < markerWordsOf(markers); j++)
    follow.push(keySet(markers.filter((m) => m.marker.keys.length > j).map((m) => m.marker.keys[j]!)))
  FOLLOW_KEYS.set(markers, follow)
  return follow
}

/**
 * The unit named at `start` of a text after one of `markers` (`Huyện ủy Cam Lộ`, `phường Bến
 * Thành`): its unit word, where its name ends, and the codes of the units of that name (those of
 * the same unit word when there are, else all). A capital letter or a digit begins the name, with
 * nothing but a space before it (`Huyện ủy, Chủ tịch ...` lists a title, not a unit named `Chủ`);
 * the longest name known wins, and `skip` drops a name for a unit word. Null when none is named.
 */
function unitNamedAt<K>(
  text: string,
  start: number,
  reach: number,
  markers: readonly { marker: Marker; kind: K }[],
  units: Map<string, NamedUnit<K>[]>,
  longest: number,
  skip: (key: string, kind: K) => boolean = () => false,
): { kind: K; start: number; end: number; codes: string[] } | null {
  // A capital must open the name after white space: most words that may open a unit word have none
  // after them, and are turned away before their words are read.
  if (!capitalAfterWords(text, wordEnd(text, start), followKeysOf(markers))) return null
  const markerWords = markerWordsOf(markers)
  // The unit word's words first, the name's only where one may begin (reading on to `reach` words).
  const ws = words(text, start, markerWords)
  const unitWord = opening(markers, (m) => m.marker, ws[0]?.key ?? '').find((m) => markedAt(ws, m.marker, 0))
  if (unitWord === undefined) return null
  const from = unitWord.marker.keys.length
  readOn(text, ws, from + 1)
  if (from >= ws.length || !firstKeysOf(units).has(ws[from]!.key)) return null
  readOn(text, ws, reach)
  // Unit by unit, not by expressions over copies of the text: asked of every unit word read.
  if (!capitalOrDigitAt(text, ws[from]!.start)) return null
  if (!onlyWhite(text, ws[from - 1]!.end, ws[from]!.start)) return null
  for (let n = Math.min(longest, ws.length - from); n >= 1; n--) {
    const key = joinedKeys(ws, from, n)
    const folded = units.get(key)
    if (folded === undefined || skip(key, unitWord.kind)) continue
    const sameKind = folded.filter((u) => u.kind === unitWord.kind)
    const named = sameKind.length > 0 ? sameKind : folded
    // Of those, the units whose name is written with the same marks as the text's, when any is: a
    // name written in full is no other that folds alike (`xã Nam Đàn` is not `xã Nấm Dẩn`).
    const written = writtenKey(text.slice(ws[from]!.start, ws[from + n - 1]!.end))
    const exact = named.filter((u) => nameOf(u) === written)
    const codes = [...new Set((exact.length > 0 ? exact : named).map((u) => u.code))]
    return { kind: unitWord.kind, start: ws[from]!.start, end: ws[from + n - 1]!.end, codes }
  }
  return null
}

// District names, folded, to the units that bear them; and the words that introduce one, with the
// unit word each stands for (a committee is named after its unit: `Huyện ủy` is a huyện's).
const DISTRICTS = unitsByName(DISTRICTS_2025)
const LONGEST_DISTRICT = longestName(DISTRICTS)
const DISTRICT_MARKERS: { marker: Marker; kind: DistrictKind }[] = (
  [
    // A district's Youth Union is named for its district as its Party committee is (`Huyện đoàn
    // Chương Mỹ`, `Quận đoàn Hải Châu`, `Thị đoàn Bỉm Sơn`, `Thành đoàn Thủ Dầu Một`).
    ['huyện ủy', 'huyện'],
    ['huyện đoàn', 'huyện'],
    // An island district (`huyện đảo Trường Sa`, `huyện đảo Lý Sơn`) is a district.
    ['huyện đảo', 'huyện'],
    ['huyện', 'huyện'],
    ['quận ủy', 'quận'],
    ['quận đoàn', 'quận'],
    ['quận', 'quận'],
    ['thị ủy', 'thị xã'],
    ['thị đoàn', 'thị xã'],
    ['thị xã', 'thị xã'],
    ['thành ủy', 'thành phố'],
    ['thành đoàn', 'thành phố'],
    ['thành phố', 'thành phố'],
    ['tp', 'thành phố'],
  ] as const
).map(([w, kind]) => ({ marker: marker(w), kind }))
const DISTRICT_FIRST_KEYS = new Set(DISTRICT_MARKERS.map((m) => m.marker.keys[0]!))
const DISTRICT_REACH = Math.max(...DISTRICT_MARKERS.map((m) => m.marker.keys.length)) + LONGEST_DISTRICT
// The first words of the unit words, with or without diacritics (`Huyen uy`), ending a word: one
// that starts a word (no letter, mark or digit before it, see wordBefore) is a unit word's first
// word. The start is asked of each match, not of the expression at every place it tries.
const DISTRICT_FIRST_WORDS = /(?:huyện|huyen|quận|quan|thị|thi|thành|thanh|tp)(?![\p{L}\p{M}\p{N}])/giu.source

// Made once: nothing findDistricts calls reads districts, so one expression serves every call.
const DISTRICT_CANDIDATES = new RegExp(DISTRICT_FIRST_WORDS, 'giu')

// The words a district's site writes around its name (`huyendamha.vn`, `thiuyhuongtra.vn`,
// `hoianrt.vn`: `rt` radio and television; `pgddaksong.edu.vn`: the district's Phòng Giáo dục
// (và Đào tạo), under which its schools' sites sit; `quandoanlienchieu.org.vn`: the district's
// Youth Union, `Quận đoàn`, `Huyện đoàn`, `Thị đoàn`, `Thành đoàn`, or its youth, `tuoitre`;
// `thanhoaiedu.vn`: the district's schools' portal, `edu`, each school a subdomain; `phuong6govap`:
// a numbered ward's, named by its number within the district, so its site writes the district after).
const DISTRICT_LABEL =
  /^(?:huyenuy|huyendoan|huyen|quanuy|quandoan|quan|thixa|thiuy|thidoan|thanhpho|thanhuy|thanhdoan|tp|pgddt|pgd|tuoitre|phuong\d{1,2})?(.+?)(?:rt|tv|edu)?$/
// District names folded without spaces, to their old provinces; a name two provinces had is left out.
const DISTRICT_LABELS = new Map<string, string>()
for (const [key, units] of DISTRICTS) {
  const codes = new Set(units.map((u) => u.code))
  if (codes.size === 1 && key.replace(/ /g, '').length >= MIN_NAME_IN_LABEL)
    DISTRICT_LABELS.set(key.replace(/ /g, ''), units[0]!.code)
}

// A district's name that several provinces had, written with the initials of its province after
// it (`pgdchauthanhdt`: the education office of Châu Thành, Đồng Tháp; Long An, Tiền Giang, Bến Tre
// ... had a Châu Thành too): the name folded without spaces, then the initials of each province that
// had it, to that province; initials two of them share are left out.
const DISTRICT_WITH_INITIALS = new Map<string, Map<string, string>>()
for (const [key, units] of DISTRICTS) {
  const name = key.replace(/ /g, '')
  if (name.length < MIN_NAME_IN_LABEL) continue
  const byInitials = new Map<string, string>()
  const shared = new Set<string>()
  for (const code of new Set(units.map((u) => u.code))) {
    const province = FORMER.get(code)
    if (province === undefined) continue
    const initials = foldDiacritics(province.name)
      .split(/[\s-]+/u)
      .filter((w) => w.length > 0)
      .map((w) => w.charAt(0))
      .join('')
    if (byInitials.has(initials)) shared.add(initials)
    byInitials.set(initials, code)
  }
  for (const initials of shared) byInitials.delete(initials)
  if (byInitials.size > 0) DISTRICT_WITH_INITIALS.set(name, byInitials)
}

// The province of a district named in a label and followed by its province's initials (see
// DISTRICT_WITH_INITIALS), or undefined: the initials are two or three letters.
function districtWithInitials(key: string): string | undefined {
  for (const n of [2, 3]) {
    const byInitials = DISTRICT_WITH_INITIALS.get(key.slice(0, -n))
    const code = byInitials?.get(key.slice(-n))
    if (code !== undefined) return code
  }
  return undefined
}

// The province of the district a whole host label names, bare or within its site words (`doluong`,
// `huyendamha`), or with its province's initials after it (`pgdchauthanhdt`).
function labelDistrict(label: string, date: string | null | undefined): ProvinceResolution | null {
  const key = foldDiacritics(label).replace(/[^a-z0-9]/g, '')
  const name = DISTRICT_LABEL.exec(key)?.[1] ?? ''
  const code =
    DISTRICT_LABELS.get(key) ??
    DISTRICT_LABELS.get(name) ??
    districtWithInitials(key) ??
    (name === key ? undefined : districtWithInitials(name))
  return code === undefined ? null : fromFormer(code, date)
}

// A city of three words or more written by its initials after `TP.` (`TP.TDM` Thủ Dầu Một, `TP.BMT`
// Buôn Ma Thuột, `TP.PRTC` Phan Rang-Tháp Chàm), as the press writes `TP.HCM`: the initials, folded
// and upper case, to the cities' old provinces; initials two cities share are left out.
const CITY_INITIALS = new Map<string, string[]>()
for (const [kind, name, code] of DISTRICTS_2025) {
  const parts = name.split(/[\s\-–]+/u).filter((w) => w.length > 0)
  if (kind !== 'thành phố' || parts.length < 3) continue
  const initials = parts.map((w) => foldDiacritics(w).charAt(0).toUpperCase()).join('')
  CITY_INITIALS.set(initials, [...(CITY_INITIALS.get(initials) ?? []), code])
}
for (const [initials, codes] of CITY_INITIALS) if (codes.length > 1) CITY_INITIALS.delete(initials)
const CITY_BY_INITIALS = /(?<![\p{L}\p{N}])TP\.?\s?([A-ZĐ]{3,5})(?![\p{L}\p{N}])/gu

/** A district-level unit named in a text, with the old provinces that had a unit of that name (one, or several when ambiguous). */
export type DistrictMention = { start: number; end: number; kind: DistrictKind; provinces: ProvinceResolution[] }

/**
 * Every district-level unit a text names after its unit word or committee (`Huyện ủy Cam Lộ`,
 * `UBND huyện Tân Thạnh`, `quận Tây Hồ`, `thị xã Cửa Lò`, `Thành ủy Thủ Dầu Một`), from the
 * units in force until 30 June 2025 (`DISTRICTS_2025`), each with the provinces (read at the date)
 * that had a unit of that name, the same unit word first. A capital letter must begin the name; a
 * province's name after `thành phố` is the province's, not read here (see {@link findProvinces}).
 * A city of three words or more may be written by its initials after `TP.` (`TP.TDM`, `TP.BMT`).
 */
export function findDistricts(text: string, options: ProvinceOptions = {}): DistrictMention[] {
  const found: DistrictMention[] = []
  // Words are read only where a unit word's first word stands (one expression finds them): a
  // whole article is read so.
  const candidates = DISTRICT_CANDIDATES
  candidates.lastIndex = 0
  let i = 0
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const start = m.index
    // A match inside a word: any match starting within it is inside that word too (its units are
    // letters), so the search goes on from its end.
    if (start < i || wordBefore(text, start)) continue
    i = start + m[0].length
    if (!DISTRICT_FIRST_KEYS.has(wordKey(m[0]))) continue
    // `quân` (the army: `Quân ủy Trung ương`) folds as `quận` does, but has another tone; a
    // province's name after `thành phố` is the province's.
    const unit = unitNamedAt(
      text,
      start,
      DISTRICT_REACH,
      DISTRICT_MARKERS,
      DISTRICTS,
      LONGEST_DISTRICT,
      (key, kind) => kind === 'thành phố' && NAMES.has(key),
    )
    if (unit === null) continue
    const provinces = unit.codes.map((c) => fromFormer(c, options.date))
    found.push({ start: unit.start, end: unit.end, kind: unit.kind, provinces })
    i = unit.end
  }
  // A city by its initials (`TP.TDM`) is read only where `TP` stands, which few texts hold.
  if (!text.includes('TP')) return found
  for (const m of text.matchAll(CITY_BY_INITIALS)) {
    const code = CITY_INITIALS.get(m[1]!.replace('Đ', 'D'))?.[0]
    if (code === undefined) continue
    const start = m.index + m[0].length - m[1]!.length
    found.push({ start, end: start + m[1]!.length, kind: 'thành phố', provinces: [fromFormer(code, options.date)] })
  }
  return found.sort((a, b) => a.start - b.start)
}

// The districts of the text read last, at its date: a reader asks for a name's district with
// `near` and then again without it (to tell whether `near` decided), and the text is read once.
let lastRead: { text: string; date: string | null; found: readonly DistrictMention[] } | null = null
function lastDistricts(text: string, date: string | null): readonly DistrictMention[] {
  if (lastRead === null || lastRead.text !== text || lastRead.date !== date) {
    lastRead = { text, date, found: findDistricts(text, { date }) }
  }
  return lastRead.found
}

/**
 * The province of the first district-level unit a text names (see {@link findDistricts}) whose
 * province is known: the one province that had a unit of that name, or, when several had, the one
 * that is `near` today (the code of a unit of the 34 the site or the article gives); null otherwise.
 */
export function districtProvince(
  text: string,
  options: ProvinceOptions & { near?: NearCode } = {},
): ProvinceResolution | null {
  for (const { provinces } of lastDistricts(text, options.date ?? null)) {
    if (provinces.length === 1) return provinces[0]!
    // Only a name several provinces had asks which is near.
    if (provinces.length === 0) continue
    const code = nearCode(options.near)
    const near = provinces.filter((p) => p.today.code === code)
    if (near.length === 1) return near[0]!
  }
  return null
}

// Commune names, folded, to the units that bear them; and the words that introduce one (a commune's
// Party committee is `Đảng ủy xã ...`, its People's Committee `UBND phường ...`: the unit word stands
// right before the name either way).
const COMMUNES = unitsByName(COMMUNES_2025)
const LONGEST_COMMUNE = longestName(COMMUNES)
// Unit words as markers, with the first key of each and its first letter: a scan reads further
// only the words that may begin one (see nextWordAmong).
function unitWords<K>(rows: readonly (readonly [string, K])[]) {
  const markers = rows.map(([w, kind]) => ({ marker: marker(w), kind }))
  return { markers, firstKeys: keySet(markers.map((m) => m.marker.keys[0]!)) }
}
const COMMUNE_WORDS = unitWords<CommuneKind>([
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['đặc khu', 'đặc khu'],
])
const COMMUNE_REACH = Math.max(...COMMUNE_WORDS.markers.map((m) => m.marker.keys.length)) + LONGEST_COMMUNE

/**
 * The province of the first commune-level unit since 1 July 2025 a text names after its unit word
 * (`Đảng ủy phường Ba Đình`, `UBND xã Đông Anh`, `đặc khu Phú Quốc`; see `COMMUNES_2025`) whose
 * province is known: the one province with a unit of that name (the same unit word first), or,
 * when several have one, the one that is `near` (a code of the 34 the site or the article gives).
 * Read only at a date after the merger (July 2025 or later): the communes before it were others,
 * many of the same names in other provinces. Null otherwise. A capital letter must begin the name
 * (`xã hội` is society). With `former`, read at any date but only a name one province alone has
 * today (`near` unused): most wards kept their names through the merger (`phường Bến Thành`), so a
 * unit named so before it was most likely in that province; a guess, for when nothing else places it.
 */
export function communeProvince(
  text: string,
  options: ProvinceOptions & { near?: NearCode; former?: boolean } = {},
): ProvinceResolution | null {
  if (options.former !== true && (options.date == null || beforeMerger(options.date))) return null
  let i = 0
  for (
    let w = nextWordAmong(text, 0, COMMUNE_WORDS.firstKeys);
    w !== null;
    w = nextWordAmong(text, i, COMMUNE_WORDS.firstKeys)
  ) {
    i = w.end
    const unit = unitNamedAt(text, w.start, COMMUNE_REACH, COMMUNE_WORDS.markers, COMMUNES, LONGEST_COMMUNE)
    if (unit === null) continue
    const { codes } = unit
    const code = codes.length === 1 ? codes[0] : options.former === true ? undefined : nearAmong(codes, options.near)
    if (code !== undefined) {
      const today = current(code)
      return { atDate: today, today }
    }
    i = unit.end
  }
  return null
}

/** A commune-level unit's word before July 2025 (lower case). */
export type FormerCommuneKind = 'xã' | 'phường' | 'thị trấn'

// The former communes' unit letters in `FORMER_COMMUNES`.
const FORMER_KIND: Record<string, FormerCommuneKind> = { x: 'xã', p: 'phường', t: 'thị trấn' }

// A commune before July 2025: its unit word, its old province and the folded name of its district.
type FormerCommune = { kind: FormerCommuneKind; code: string; district: string }
type FormerCommuneIndex = {
  units: Map<string, NamedUnit<FormerCommuneKind>[]>
  districts: Map<string, FormerCommune[]>
  longest: number
}
let formerIndex: FormerCommuneIndex | undefined
// The former communes by folded name, built on first use: eleven thousand names are folded once,
// and only by a reader that asks for a date before the merger.
function formerCommunes(): FormerCommuneIndex {
  if (formerIndex !== undefined) return formerIndex
  // One map serves as both the units by name and the communes by name: the same communes.
  const byName = new Map<string, (FormerCommune & NamedUnit<FormerCommuneKind>)[]>()
  for (const [code, , district, communes] of FORMER_COMMUNES) {
    const districtKey = keyOf(district)
    for (const written of communes.split('|')) {
      const kind = FORMER_KIND[written[0]!]!
      const name = written.slice(1)
      const key = keyOf(name)
      const unit = { kind, code, district: districtKey, written: name }
      const same = byName.get(key)
      if (same === undefined) byName.set(key, [unit])
      else same.push(unit)
    }
  }
  formerIndex = { units: byName, districts: byName, longest: longestName(byName) }
  return formerIndex
}

const FORMER_COMMUNE_WORDS = unitWords<FormerCommuneKind>([
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['thị trấn', 'thị trấn'],
])

/**
 * The province of the first commune-level unit before July 2025 a text names after its unit word
 * (`xã Thân Cửu Nghĩa`, `UBND phường Phúc Xá`, `thị trấn Đông Anh`; see `FORMER_COMMUNES`, the
 * communes under the districts from 2021 until the merger), read at a date before the merger (a
 * year before 2025, or 2025 before July), as the old province then and its successor today. The
 * name decides when one old province had a commune of that name (the same unit word first); when
 * several had, a district the text also names (`xã Tân Phú, huyện Châu Thành`) keeps those in a
 * district of that name, and else the one that is `near` (a code of the 34 the site or the article
 * gives) decides when it holds only one of them. Null otherwise, and at any other date (the
 * communes since July 2025 are read by {@link communeProvince}). A capital letter or a digit must
 * begin the name (`xã hội` is society).
 */
export function formerCommuneProvince(
  text: string,
  options: ProvinceOptions & { near?: NearCode } = {},
): ProvinceResolution | null {
  if (options.date == null || !beforeMerger(options.date)) return null
  let i = 0
  let index: FormerCommuneIndex | undefined
  // The districts the text names, read once, when a name several provinces had asks for them.
  let named: Set<string> | undefined
  for (
    let w = nextWordAmong(text, 0, FORMER_COMMUNE_WORDS.firstKeys);
    w !== null;
    w = nextWordAmong(text, i, FORMER_COMMUNE_WORDS.firstKeys)
  ) {
    i = w.end
    index ??= formerCommunes()
    const unit = unitNamedAt(text, w.start, 2 + index.longest, FORMER_COMMUNE_WORDS.markers, index.units, index.longest)
    if (unit === null) continue
    i = unit.end
    let { codes } = unit
    if (codes.length > 1) {
      // A district named in the same text keeps the communes of that name in a district so named.
      named ??= new Set(findDistricts(text, options).map((d) => keyOf(text.slice(d.start, d.end))))
      const districts = named
      const inDistrict = (index.districts.get(keyOf(text.slice(unit.start, unit.end))) ?? []).filter(
        (c) => districts.has(c.district) && codes.includes(c.code),
      )
      const kept = [...new Set(inDistrict.map((c) => c.code))]
      if (kept.length > 0) codes = kept
    }
    const nearAt = codes.length > 1 ? nearCode(options.near) : null
    if (codes.length > 1 && nearAt != null) {
      const near = codes.filter((c) => FORMER.get(c)?.successor === nearAt)
      if (near.length === 1) codes = near
    }
    if (codes.length === 1) return fromFormer(codes[0]!, options.date)
  }
  return null
}
