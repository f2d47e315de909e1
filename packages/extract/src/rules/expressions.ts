import { type CitationVerb, type EventKind, foldDiacritics, type OrganizationKind } from '@vanban/core'
import { type WordGate, wordGate } from '../word-gate.ts'
import { firstLetters, withCapitals, wordPattern } from '../word-pattern.ts'
import { CITING_REACH, CITING_VERBS, SPECIMEN_WORDS } from './citation-words.ts'
import {
  ACTIVITIES,
  COUNTS,
  DISCUSSING,
  DISSEMINATING,
  ELECTED,
  ENDINGS,
  ENTERING,
  EVENT_PARTS,
  EVENT_REFERENCES,
  HAPPENING_VERBS,
  HEADS,
  HEARING_REPORTS,
  HELD_NOUNS,
  HOLD,
  HOLDING_VERBS,
  HONOUR_OCCASIONS,
  HONOURS,
  INSPECTION_ADVERBS,
  INSPECTION_VERBS,
  LAUNCHED_BEFORE,
  LAUNCHED_ON,
  LAUNCHES_AT_EVENT,
  LIST_OPENERS,
  MANNERS,
  NOUN_MARKERS,
  ORGANISING_VERBS,
  OUTINGS,
  PASSIVE_VERBS,
  PRESIDING_CLAUSES,
  RECEIVING,
  REPORTING_VERBS,
  RITES,
  SPANS_DONE_OVER,
  SPEECH_AT,
  TURNOUT_WORK,
} from './event-words.ts'
import { ORGANISATION_OPENINGS } from './organisation-words.ts'
import {
  ADMINISTRATIVE_UNITS,
  HONORIFICS,
  NAMING_WORDS_ANY_CASE,
  NAMING_WORDS_AS_WRITTEN,
  OPEN_TITLES,
  PHOTO_POSITIONS,
  RANK_GRADES,
  RANKS,
  ROLE_ENDS,
  ROLE_OPENINGS,
  ROLE_OPENINGS_ANY_CASE,
  ROLES_BEFORE_NAMES,
  SENIOR_RANKS,
  TITLE_ABBREVIATIONS,
  TITLES,
} from './people-words.ts'
import { DEADLINE_WORDS, PLAN_WORDS, type ReportWord, SPEECH_WORDS } from './report-words.ts'

/**
 * The expressions the extractor reads with, compiled once from the word lists beside this
 * file. The lists say what is read; this file only says how it is written as an expression.
 */

/** Rows of a table grouped by a column, groups in the order first met, rows in table order. */
function groupedBy<R, K>(rows: readonly R[], key: (row: R) => K): Array<[K, R[]]> {
  const groups = new Map<K, R[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group === undefined) groups.set(k, [row])
    else group.push(row)
  }
  return [...groups]
}

/** Words one space apart, matched one white space or more apart. */
const spaced = (words: string): string => words.replaceAll(' ', '\\s+')

/** A word with its first letter in either case: `[Bb]an`. */
const eitherCaseFirst = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`

/** One alternative, or several in a group: `xếp`, `(?:ban|lưu)`. */
const oneOf = (words: readonly string[]): string => (words.length === 1 ? words[0]! : `(?:${words.join('|')})`)

// ── Events ──────────────────────────────────────────────────────────────────────────────────

/** Every word that may name the event a holding verb holds: heads, held activities, kindless nouns. */
const HELD_NAMES = [
  ...HEADS.map((h) => h.words),
  ...ACTIVITIES.filter((a) => a.held).map((a) => a.words),
  ...HELD_NOUNS,
]

/** An event's name at the start of a text, one of `names`, after a manner, a count or a list opener. */
const nameStart = (names: readonly string[]): RegExp =>
  new RegExp(
    `^(?:[“"] ?)?(?:(?:${MANNERS.join('|')})\\s+(?:[“"] ?)?)?(?:(?:${COUNTS.join('|')})\\s+)?(?:(?:${LIST_OPENERS.join('|')}),?\\s+)?(?:${[
      ...names,
    ]
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}])`,
    'iu',
  )

/**
 * An event's name at the start of a text: `Hội nghị ...`, `“Lễ ...`, `long trọng 3 buổi ...`; a
 * quotation mark may stand apart from the name (`“ Hội thi nhớ ơn thầy cô”`).
 */
export const EVENT_NAME_START = nameStart(HELD_NAMES)

/** An outing members took at the start of a text (`tham quan Khu di tích ...`): see {@link OUTINGS}. */
export const OUTING_START = new RegExp(`^(?:${OUTINGS.map(spaced).join('|')})(?![\\p{L}])`, 'iu')

/**
 * {@link EVENT_NAME_START}, or an activity that names an event only right after a holding verb
 * (`tổ chức kỷ niệm 95 năm ...`): opening a sentence, the same words head an outline or name an
 * occasion (`Kỷ niệm 90 năm Ngày thành lập Hội ...`).
 */
export const HELD_NAME_START = nameStart([
  ...HELD_NAMES,
  ...ACTIVITIES.filter((a) => a.heldAfterVerb).map((a) => a.words),
])

/**
 * An event named by a head or a held noun at the start of a text (`Hội nghị ...`, `“Lễ ...`,
 * `Buổi ...`), not by an activity verb alone (`Quán triệt ...`, `Học tập ...`), which may open a
 * clause of purpose.
 */
export const EVENT_HEAD_START = new RegExp(
  `^(?:[“"] ?)?(?:${[...HEADS.map((h) => h.words), ...HELD_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
)

// `(được\s+)?` is captured so that the passive `được tổ chức` is read and passed over.
const holdingVerb = (verb: (typeof HOLDING_VERBS)[number]): string =>
  verb.objects === undefined
    ? verb.words
    : `${verb.words}(?=\\s+${verb.counted ? '(?:\\d{1,3}\\s+|các\\s+)?' : ''}${oneOf(verb.objects)}(?![\\p{L}]))`

/** A holding verb in the active voice and the white space after it; group 1 is a passive `được`. */
export const HOLDING = new RegExp(
  `${firstLetters(['được', ...HOLDING_VERBS.map((v) => v.words)])}(?<![\\p{L}])(được\\s+)?(?:${HOLDING_VERBS.map(holdingVerb).join('|')})\\s+`,
  'giu',
)
/** {@link HOLDING}'s gate: each match holds a holding verb's words. */
export const HOLDING_GATE = wordGate(HOLDING_VERBS.map((v) => v.words))

/** The holding verbs read only in a report with a time cue, lower case. */
export const DATED_HOLDING: ReadonlySet<string> = new Set(HOLDING_VERBS.filter((v) => v.dated).map((v) => v.words))

/** A passive holding verb after an event's name, from its `đã` when written: `Hội nghị đã được tổ chức`. */
export const HAPPENED = wordPattern(PASSIVE_VERBS.flatMap((v) => (v.perfect ? [v.words, `đã ${v.words}`] : [v.words])))
/** {@link HAPPENED}'s gate: each match holds a passive verb's words. */
export const HAPPENED_GATE = wordGate(PASSIVE_VERBS.map((v) => v.words))

/** A verb of taking place before an event's name, from its `đã` when written: `đã diễn ra Lễ ...`; global. */
export const HAPPENED_BEFORE = wordPattern(
  HAPPENING_VERBS.flatMap((v) => [`đã ${v}`, v]),
  'giu',
  '\\s+',
)
export const HAPPENED_BEFORE_GATE = wordGate(HAPPENING_VERBS)

/** A holding verb that a date may follow (`diễn ra vào tối 18/10`), with the manner between. */
export const HELD_THEN = new RegExp(
  `${firstLetters([...PASSIVE_VERBS.map((v) => v.words), HOLD])}(?<![\\p{L}])(?:${[...PASSIVE_VERBS.map((v) => v.words), HOLD].join('|')})\\s+(?:(?:trực tuyến|trực tiếp)\\s+)?`,
  'iu',
)

// The bodies that hold an event jointly, as a list of names (`Bộ Chính trị, Ban Bí thư`): each
// starts with a capital.
// A body's words: no comma, semicolon or stop, but the dot of an abbreviation (`T.Ư Đoàn`, `TP.HCM`).
const BODY_WORDS = '(?:[^,;.]|\\.(?=\\p{Lu}))'
const BODIES = `\\p{Lu}${BODY_WORDS}{1,100}?(?:,\\s*\\p{Lu}${BODY_WORDS}{1,100}?){0,3}`

/**
 * `do X tổ chức` (held by X), in a sentence that opens with the event; group 1 is X, one body or
 * a list of them (`do Bộ Chính trị, Ban Bí thư tổ chức`). A quoted title may hold commas.
 */
export const HELD_BY = new RegExp(
  `^(?:[^;.“”"]|“[^”]{0,200}”|"[^"]{0,200}"){0,200}?\\s(?:do|được)\\s+(${BODIES})\\s+(?:${ORGANISING_VERBS.join('|')})(?![\\p{L}])`,
  'u',
)

/**
 * `do X ... tổ chức` (or `được X tổ chức`) as the verb of a passive report: `hội thảo ... do
 * Trường Chính trị tỉnh tổ chức`, `hội nghị ... đã được Ban Chỉ đạo tổ chức`.
 */
export const HELD_BY_NAMED = new RegExp(`(?=do|đượ)(?<![\\p{L}])(?:do|được)\\s+${BODIES}\\s+${HOLD}(?![\\p{L}])`, 'u')

/** A text that ends with a word after which `tổ chức` is a noun. */
export const NOUN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOUN_MARKERS.join('|')})$`, 'iu')

/**
 * The verbs an organisation reports an event with, one expression per kind in the order first
 * listed, each verb standing alone and followed by white space, with the gate of its verbs' words;
 * then inspecting, which matches the adverb before its verb (`đã giám sát`): the verb starts
 * where the match ends.
 */
export const REPORTING: ReadonlyArray<readonly [RegExp, EventKind | null, WordGate]> = groupedBy(
  REPORTING_VERBS,
  (v) => v.kind,
).map(
  ([kind, verbs]) =>
    [
      wordPattern(
        verbs.map((v) => v.words),
        'iu',
        '\\s',
      ),
      kind,
      wordGate(verbs.map((v) => v.words)),
    ] as const,
)
const SPOKEN_AT_WORDS = SPEECH_AT.filter((w) => w.direct && !w.opening).map((w) => w.words)

/**
 * A speaker's words reported at an event (group 1 when `tại` is written between): `phát biểu
 * chỉ đạo Hội nghị`, `... yêu cầu của Tổng Bí thư tại Hội nghị`. The event's name follows the match.
 */
export const SPOKEN_AT = new RegExp(
  `${firstLetters([...SPOKEN_AT_WORDS, 'tại'])}(?:(?<![\\p{L}])(?:${SPOKEN_AT_WORDS.join('|')})\\s+(?:tại\\s+)?|(?<![\\p{L}])(tại)\\s+)`,
  'giu',
)
/** {@link SPOKEN_AT}'s gate: each match holds a speech word or `tại`. */
export const SPOKEN_AT_GATE = wordGate([...SPOKEN_AT_WORDS, 'tại'])
/** A speech word before a mention's `tại`: the speech is reported, not only a place. */
export const SPEECH_BEFORE = wordPattern(
  SPEECH_AT.filter((w) => !w.opening).map((w) => w.words),
  'iu',
)
/** {@link SPEECH_BEFORE}'s gate: each match holds a speech word. */
export const SPEECH_BEFORE_GATE = wordGate(SPEECH_AT.filter((w) => !w.opening).map((w) => w.words))
/** A speaker's words opening a sentence, the event's name right after: `Kết luận hội nghị ...`. */
export const SPOKEN_OPENING = new RegExp(
  `^(?:${SPEECH_AT.filter((w) => w.opening)
    .map((w) => eitherCaseFirst(w.words))
    .join('|')})\\s+`,
  'u',
)
/** Words opening a sentence once an event is over, the event's name after them: `Kết thúc cuộc thi, ...`. */
export const ENDED = new RegExp(`^${oneOf(ENDINGS.map(eitherCaseFirst))}\\s+`, 'u')

/**
 * `Tại Đại hội ..., đồng chí ... tái đắc cử ...`: an event named after `Tại` opening a sentence,
 * then an election in the clause after its comma; group 1 is the event's name.
 */
export const ELECTED_AT = new RegExp(
  `^Tại\\s+([^,;.]{4,160}),\\s*[^,;.]{0,120}?(?<![\\p{L}])(?:${ELECTED.join('|')})(?![\\p{L}])`,
  'u',
)

/** Entering a contest, a day right after (see ENTERING): `dự thi vào sáng ngày 20/3/2015`. */
export const ENTERED_ON = new RegExp(
  `${firstLetters(ENTERING)}(?<![\\p{L}])(?:${ENTERING.join('|')})\\s+(?=(?:vào\\s+)?(?:(?:sáng|chiều|tối)\\s+)?ngày\\s+\\d)`,
  'iu',
)
export const ENTERED_ON_GATE = wordGate(ENTERING)

/**
 * A meeting named with its day and who chaired it (`thông tin về cuộc họp của Bộ Chính trị ngày 18
 * và 19-9, do đồng chí Tổng Bí thư ... chủ trì`): it took place. Group 1 is the meeting's name.
 */
export const CHAIRED_ON =
  /(?=cuộ|phi|hội)(?<![\p{L}])((?:cuộc họp|phiên họp|hội nghị)\s[^,;.]{0,80}?)\s(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+\d[^,;.]{0,20},\s*do\s+(?:đồng chí\s+)?[^,;.]{2,120}?\s+chủ trì(?![\p{L}])/iu
/** {@link CHAIRED_ON}'s gate: each match holds `chủ trì`. */
export const CHAIRED_ON_GATE = wordGate(['chủ trì'])

/** A sentence cut off right after its subject's `đã` or `vừa` (a teaser cut before its verb). */
export const CUT_BEFORE_VERB = /\s(?:đã|vừa)$/u

/** An honour received: `được tặng huy hiệu`, `vinh dự được trao tặng Huy hiệu 75 tuổi Đảng`. */
export const HONOUR_RECEIVED = new RegExp(
  `(?=đượ)(?<![\\p{L}])được\\s+(?:${RECEIVING.join('|')})\\s+(?:${HONOURS.join('|')})(?![\\p{L}])`,
  'iu',
)
/** {@link HONOUR_RECEIVED}'s gate: each match holds an honour's words (`được` is in most sentences). */
export const HONOUR_RECEIVED_GATE = wordGate(HONOURS)
/** A word tying honours to an occasion (see HONOUR_OCCASIONS). */
export const HONOUR_OCCASION = wordPattern(HONOUR_OCCASIONS, 'iu')

/**
 * What may stand before an event's name in a dated passive report: a place (`tại Hà Nội, `) and a
 * part of the event (see EVENT_PARTS).
 */
export const BEFORE_EVENT_NAME = new RegExp(`^(?:tại\\s+[^,;.]{1,60},\\s*)?(?:(?:${EVENT_PARTS.join('|')})\\s+)?`, 'iu')

/** `Tại đây,` opening a sentence: a report referring back to an event told before the passage. */
export const AT_HERE = /^Tại đây\s*,?\s*/u

/** A report heard on, or an assessment of, a past period's work (see HEARING_REPORTS): `nghe báo cáo ... 6 tháng đầu năm 2019`, `đánh giá trong 6 tháng qua`. */
export const REPORTED_PERIOD = new RegExp(
  `${firstLetters(HEARING_REPORTS)}(?<![\\p{L}])(?:${HEARING_REPORTS.join('|')})\\s[^;:.]{0,120}?(?:năm\\s+\\d{4}|\\d{1,2}\\s+tháng\\s+(?:đầu|cuối)\\s+năm|\\d{1,2}\\s+tháng\\s+qua)`,
  'iu',
)

/** `Tại hội nghị,` opening a sentence: a report referring back to its event. */
export const AT_THE_EVENT = new RegExp(`^tại\\s+(?:${EVENT_REFERENCES.join('|')})\\s*,\\s*`, 'iu')
/**
 * A sentence opening at its event named again in full, no comma after the head (`Tại Hội nghị
 * quán triệt Nghị quyết ..., đại biểu nghe ...`): the words after the head name what it did.
 */
export const AT_THE_NAMED_EVENT = new RegExp(`^tại\\s+(?:${EVENT_REFERENCES.join('|')})\\s+`, 'iu')

/** A rite performed at an event, in either case: `dâng hương`, `Dâng hoa`. */
export const RITE = wordPattern(RITES, 'iu')
export const RITE_GATE = wordGate(RITES)
/** A deadline set before a day (see DEADLINE_WORDS): `trước ngày 30-9`. */
export const DEADLINE = new RegExp(
  `${firstLetters(DEADLINE_WORDS)}(?<![\\p{L}])(?:${DEADLINE_WORDS.join('|')})\\s+\\d`,
  'iu',
)
/** A launch verb then its day or month (see LAUNCHED_ON); global. */
export const LAUNCH_DATED = wordPattern(LAUNCHED_ON, 'giu', '\\s+(?:vào\\s+)?(?=(?:ngày|tháng)\\s+\\d)')
/** A launch made at an event (see LAUNCHES_AT_EVENT). */
export const LAUNCH_AT = wordPattern(LAUNCHES_AT_EVENT, 'iu', '(?=\\s+\\p{L})')
export const LAUNCH_AT_GATE = wordGate(LAUNCHES_AT_EVENT)
/** A sentence opening with a span its acts were done over (see SPANS_DONE_OVER): `Trong năm 2022, ...`. */
export const DONE_OVER_SPAN = new RegExp(
  `^\\s*(?:${SPANS_DONE_OVER.map(eitherCaseFirst).join('|')})(?:\\s+\\d{4})?(?![\\p{L}\\p{N}])`,
  'u',
)
/** A turnout doing work (see TURNOUT_WORK): `ra quân dọn dẹp vệ sinh`. */
export const TURNOUT = new RegExp(`(?=ra)(?<![\\p{L}])ra quân\\s+(?:${TURNOUT_WORK.join('|')})(?![\\p{L}])`, 'iu')
export const TURNOUT_GATE = wordGate(['ra quân'])
/** A launch verb's clause before it, when it names a launch made before (see LAUNCHED_BEFORE). */
export const LAUNCHED_EARLIER = new RegExp(
  `${firstLetters([...LAUNCHED_BEFORE, ...DISCUSSING])}(?:(?<![\\p{L}])(?:${LAUNCHED_BEFORE.join('|')})\\s[^,;:]*$|(?<![\\p{L}])(?:${DISCUSSING.join('|')})(?![\\p{L}]))`,
  'iu',
)

/** A list opened after a verb of disseminating, in its clause: what was disseminated. */
export const DISSEMINATED_LIST = new RegExp(
  `${firstLetters(DISSEMINATING)}(?<![\\p{L}])(?:${DISSEMINATING.join('|')})\\s[^.;:]{0,80}?gồm[^:]{0,80}:`,
  'iu',
)
export const DISSEMINATED_LIST_GATE = wordGate(DISSEMINATING)

/** A clause of who presided opening the text after a time cue: `dưới sự chủ trì của ...`. */
export const PRESIDED = new RegExp(`^\\s*${oneOf(PRESIDING_CLAUSES.map(eitherCaseFirst))}(?![\\p{L}])`, 'u')
export const INSPECTING = wordPattern(INSPECTION_ADVERBS, 'u', `\\s+(?=(?:${INSPECTION_VERBS.join('|')})\\s)`)
/** {@link INSPECTING}'s gate: the verb read after its match (the adverbs are in most sentences). */
export const INSPECTING_GATE = wordGate(INSPECTION_VERBS)

/** `X tổ chức ..., đồng thời tổ chức ...`: a second event held at the same time, its name after the match. */
export const AT_SAME_TIME = /^[^;.]{0,200}?,\s+đồng thời\s+tổ chức\s+/iu
/** {@link AT_SAME_TIME}'s gate: each match holds `đồng thời`. */
export const AT_SAME_TIME_GATE = wordGate(['đồng thời'])

// ── Plans and speech ────────────────────────────────────────────────────────────────────────

const reportWord = (w: ReportWord): string =>
  (w.notAfter === undefined ? '' : `(?<!${oneOf(w.notAfter.map(eitherCaseFirst))} )`) +
  w.words +
  (w.followedBy === undefined ? '' : ` ${oneOf(w.followedBy)}`) +
  (w.notFollowedBy === undefined ? '' : `(?!\\s+${oneOf(w.notFollowedBy)})`)

// Capitalised where a sentence may open with them, as written where a capital opens names.
const caseSensitiveWords = (words: readonly ReportWord[]): string[] =>
  withCapitals(words.filter((w) => w.capitalised).map(reportWord), words.filter((w) => !w.capitalised).map(reportWord))

const PLAN_SOURCES = caseSensitiveWords(PLAN_WORDS)
/** A plan word standing alone: `Huyện ủy sẽ tổ chức`, `đề nghị các cấp tổ chức`. */
export const PLANNED = wordPattern(PLAN_SOURCES, 'u')
/** {@link PLANNED}, global, for reading on from `lastIndex`. */
export const PLANNED_ALL = wordPattern(PLAN_SOURCES, 'gu')
/** A speech word standing alone, global: `đồng chí Bí thư yêu cầu`. */
export const SPEECH = wordPattern(caseSensitiveWords(SPEECH_WORDS), 'gu')

// ── Citations ───────────────────────────────────────────────────────────────────────────────

/** A specimen word right before a code (`kiểu “Số: 15/UBND-VP”`): the code is an example of a form. */
export const SPECIMEN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${SPECIMEN_WORDS.join('|')})\\s*:?\\s*[“"']?\\s*(?:số\\s*:?\\s*)?$`,
  'iu',
)

/**
 * What a sentence does with a directive, from the verb nearest before its citation, one
 * expression per reading: each is tried on the text before the citation, its verb within the
 * reading's reach and the same clause. Guarded by the verbs' first letters, since each is tried
 * at every offset of that text.
 */
export const CITING: ReadonlyArray<readonly [RegExp, CitationVerb]> = groupedBy(CITING_VERBS, (v) => v.verb).map(
  ([verb, verbs]) => {
    const words = verbs.map((v) => v.words)
    return [new RegExp(`${firstLetters(words)}(?:${words.join('|')})[^.;]{0,${CITING_REACH[verb]}}$`, 'iu'), verb]
  },
)

// ── People ──────────────────────────────────────────────────────────────────────────────────

// `PGS.TS` as `PGS`, `PGS.`, `PGS.TS`, `PGS. TS.`.
const abbreviation = (title: string): string =>
  title
    .split('.')
    .map((part) => `${part}\\.?`)
    .join('\\s?')

/** A whole text that is one title: `Thiếu tướng`, `PGS.TS`, `Anh hùng Lao động`. */
export const TITLE = new RegExp(
  `^(?:${[
    `(?:${RANK_GRADES.join('|')})\\s+(?:${RANKS.join('|')})`,
    ...TITLES.map(spaced),
    ...TITLE_ABBREVIATIONS.map(abbreviation),
    ...OPEN_TITLES.map((t) => `${spaced(t)}[^,–-]{0,40}`),
  ].join('|')})$`,
  'u',
)

// The units TITLE's matches open with: each title's first letter as written (TITLE reads case).
const TITLE_OPENS: ReadonlySet<number> = new Set(
  [...RANK_GRADES, ...TITLES, ...TITLE_ABBREVIATIONS, ...OPEN_TITLES].map((t) => t.charCodeAt(0)),
)

/**
 * `TITLE.test(text)`, read only when the text opens with a title's first letter: most words
 * before a name open with none, and TITLE's many titles cost more to try than the letter.
 */
export function isTitle(text: string): boolean {
  return titleOpensAt(text, 0) && TITLE.test(text)
}

/** Whether the unit at `at` may open a title (see {@link isTitle}): false where none does. */
export function titleOpensAt(text: string, at: number): boolean {
  return TITLE_OPENS.has(text.charCodeAt(at))
}

/** A text that opens with a role or an office. */
export const ROLE_START = new RegExp(
  `^(?:${withCapitals(ROLE_OPENINGS_ANY_CASE, ROLE_OPENINGS).join('|')})(?![\\p{L}])`,
  'u',
)

/** A role, or a general's or a field officer's rank, anywhere in a text, as whole words. */
export const ROLE_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[
    ...ROLES_BEFORE_NAMES,
    ...RANK_GRADES.flatMap((grade) => SENIOR_RANKS.map((rank) => `${grade} ${rank}`)),
  ].join('|')})(?![\\p{L}])`,
  'u',
)

/** The verb or the photo position after a name and its roles, which ends them. */
export const ROLE_END = new RegExp(
  `\\s+(?:${[...ROLE_ENDS, `\\((?:${PHOTO_POSITIONS.join('|')})\\)`].join('|')})(?![\\p{L}])`,
  'u',
)

const NAMING = withCapitals(NAMING_WORDS_ANY_CASE, NAMING_WORDS_AS_WRITTEN).join('|')
/** A text that ends with a word of a place or an organisation and white space. */
export const NAMING_BEFORE = new RegExp(`(?:${NAMING})\\s+$`, 'u')
/** A text that ends with a word of a place or an organisation. */
export const NAMING_WORD = new RegExp(`(?:${NAMING})$`, 'u')
/** A text that ends with an administrative unit or a party committee. */
export const ADMINISTRATIVE_UNIT = new RegExp(`(?:${ADMINISTRATIVE_UNITS.join('|')})$`, 'u')

const capitalised = (words: string): string => words[0]!.toUpperCase() + words.slice(1)
const SENTENCE_HONORIFICS = HONORIFICS.filter((h) => h.opensSentence).map((h) => capitalised(h.words))
/** A sentence that opens with a capitalised honorific and a space: `Ông `. */
export const LEADING_HONORIFIC = new RegExp(`^(?:${SENTENCE_HONORIFICS.join('|')}) `, 'u')
/** The last words of {@link LEADING_HONORIFIC}'s honorifics. */
export const LEADING_LAST_WORDS: ReadonlySet<string> = new Set(SENTENCE_HONORIFICS.map((h) => h.split(' ').at(-1)!))
/**
 * A text that ends with an honorific, in any case, as a whole word: `Viễn thông` and `không`
 * end in `ông` (Mr), and so does `Sở Công thương`.
 */
export const HONORIFIC_WORD = wordPattern(
  HONORIFICS.map((h) => h.words),
  'iu',
  '$',
)

// ── Organisations ───────────────────────────────────────────────────────────────────────────

/** The kinds of organisation, each with the search keys (no diacritics, lower case) its names open with. */
export const ORGANISATION_KINDS: ReadonlyArray<readonly [RegExp, OrganizationKind]> = groupedBy(
  ORGANISATION_OPENINGS,
  (o) => o.kind,
).map(([kind, openings]) => [new RegExp(`^(?:${openings.map((o) => foldDiacritics(o.words)).join('|')})`), kind])
