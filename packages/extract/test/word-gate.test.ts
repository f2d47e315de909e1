import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DISSEMINATING,
  ENTERING,
  HAPPENING_VERBS,
  HOLDING_VERBS,
  HONOURS,
  INSPECTION_ADVERBS,
  INSPECTION_VERBS,
  LAUNCHES_AT_EVENT,
  PASSIVE_VERBS,
  RECEIVING,
  REPORTING_VERBS,
  RITES,
  SPEECH_AT,
  TURNOUT_WORK,
} from '../src/rules/event-words.ts'
import {
  AT_SAME_TIME,
  AT_SAME_TIME_GATE,
  CHAIRED_ON,
  CHAIRED_ON_GATE,
  DISSEMINATED_LIST,
  DISSEMINATED_LIST_GATE,
  ENTERED_ON,
  ENTERED_ON_GATE,
  HAPPENED,
  HAPPENED_BEFORE,
  HAPPENED_BEFORE_GATE,
  HAPPENED_GATE,
  HOLDING,
  HOLDING_GATE,
  HONOUR_RECEIVED,
  HONOUR_RECEIVED_GATE,
  INSPECTING,
  INSPECTING_GATE,
  LAUNCH_AT,
  LAUNCH_AT_GATE,
  REPORTING,
  RITE,
  RITE_GATE,
  SPEECH_BEFORE,
  SPEECH_BEFORE_GATE,
  SPOKEN_AT,
  SPOKEN_AT_GATE,
  TURNOUT,
  TURNOUT_GATE,
} from '../src/rules/expressions.ts'
import { foldCase, literalOpening, type WordGate, wordGate } from '../src/word-gate.ts'

// Each gated expression with its gate, as the readers pair them.
const GATED: ReadonlyArray<readonly [string, RegExp, WordGate]> = [
  ['HOLDING', HOLDING, HOLDING_GATE],
  ['HAPPENED', HAPPENED, HAPPENED_GATE],
  ['HAPPENED_BEFORE', HAPPENED_BEFORE, HAPPENED_BEFORE_GATE],
  ...REPORTING.map(([pattern, kind, gate]) => [`REPORTING ${kind}`, pattern, gate] as const),
  ['INSPECTING', INSPECTING, INSPECTING_GATE],
  ['SPOKEN_AT', SPOKEN_AT, SPOKEN_AT_GATE],
  ['SPEECH_BEFORE', SPEECH_BEFORE, SPEECH_BEFORE_GATE],
  ['ENTERED_ON', ENTERED_ON, ENTERED_ON_GATE],
  ['CHAIRED_ON', CHAIRED_ON, CHAIRED_ON_GATE],
  ['HONOUR_RECEIVED', HONOUR_RECEIVED, HONOUR_RECEIVED_GATE],
  ['RITE', RITE, RITE_GATE],
  ['LAUNCH_AT', LAUNCH_AT, LAUNCH_AT_GATE],
  ['TURNOUT', TURNOUT, TURNOUT_GATE],
  ['DISSEMINATED_LIST', DISSEMINATED_LIST, DISSEMINATED_LIST_GATE],
  ['AT_SAME_TIME', AT_SAME_TIME, AT_SAME_TIME_GATE],
]

// A fresh copy, so that a global expression's lastIndex is not shared with the readers.
const matches = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags).test(text)

describe('literalOpening', () => {
  it.each([
    ['ra mắt(?!\\s+(?:ban chấp hành))', 'ra mắt'],
    ['học tập,? quán triệt,?', 'học tập'],
    ['triển khai (?:cuộc thi|hội thi)', 'triển khai '],
    ['(?<!(?:ban|theo) )chỉ đạo', 'chỉ đạo'],
    ['Yêu cầu', 'yêu cầu'],
    ['\\d{1,3}', ''],
    ['(?:lớp|khóa)', ''],
    ['họp|giao ban', ''],
    ['khép lại(?=\\s*[,.;])', 'khép lại'],
  ])('reads %s as %s', (source, opening) => {
    expect(literalOpening(source)).toBe(opening)
  })
})

describe('wordGate', () => {
  it('admits a text holding a word in any case, and turns away one that holds none', () => {
    const gate = wordGate(['phát động', 'ra mắt(?!\\s+ban)'])
    expect(gate.admits('Huyện đoàn PHÁT ĐỘNG phong trào')).toBe(true)
    expect(gate.admits('Lễ Ra Mắt câu lạc bộ')).toBe(true)
    expect(gate.admits('Huyện ủy tổ chức hội nghị')).toBe(false)
  })
  it('admits every text when a word has no literal opening', () => {
    expect(wordGate(['\\d{1,3} buổi', 'lớp']).admits('')).toBe(true)
  })

  // Every code point that the `iu` flags read as one of a needle's letters folds to that letter:
  // a text an expression matches holds, folded, the needle its match opens with.
  it('folds every code point as the iu flags read the needles’ letters', () => {
    const letters = new Set<string>()
    for (const [, , gate] of GATED) for (const n of gate.needles) for (const c of n) letters.add(c)
    expect(letters.size).toBeGreaterThan(20)
    const escaped = (c: string) => c.replace(/[\\^$.|?*+()[\]{}-]/gu, '\\$&')
    const any = new RegExp(`^[${[...letters].map(escaped).join('')}]$`, 'iu')
    const one = new Map([...letters].map((c) => [c, new RegExp(`^${escaped(c)}$`, 'iu')]))
    let read = 0
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue
      const c = String.fromCodePoint(p)
      if (!any.test(c)) continue
      read++
      const letter = [...letters].find((x) => one.get(x)!.test(c))
      expect([p.toString(16), foldCase(c)]).toEqual([p.toString(16), letter])
    }
    expect(read).toBeGreaterThanOrEqual(letters.size)
  })

  // Sentences made of the words the expressions are built from (not the gates' needles), in any
  // case, among others: wherever an expression matches, its gate admits the sentence.
  it('never turns away a text its expression matches', () => {
    const sources = [
      ...HOLDING_VERBS.flatMap((v) => [v.words, ...(v.objects ?? [])]),
      ...REPORTING_VERBS.map((v) => v.words),
      ...INSPECTION_VERBS,
      ...INSPECTION_ADVERBS,
      ...SPEECH_AT.map((w) => w.words),
      ...ENTERING,
      ...HONOURS,
      ...RECEIVING,
      ...RITES,
      ...LAUNCHES_AT_EVENT,
      ...TURNOUT_WORK,
      ...DISSEMINATING,
      ...HAPPENING_VERBS,
      ...PASSIVE_VERBS.map((v) => v.words),
    ]
    const phrases = new Set(sources.map(literalOpening).filter((w) => w.length > 0))
    for (const w of [
      'ra quân',
      'được',
      'tại',
      'hội nghị',
      'cuộc họp',
      'ngày',
      'do',
      'đồng chí',
      'chủ trì',
      'gồm',
      'Ban',
      'đồng thời',
      'tổ chức',
    ])
      phrases.add(w)
    const pool = [...phrases]
    const word = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom(...pool).map((w) => w.toUpperCase()),
      fc.constantFrom(...pool).map((w) => w[0]!.toUpperCase() + w.slice(1)),
      fc.constantFrom('ſ', 'K', 'İ', '12', '20/3', 'vào', 'sáng', 'x'),
    )
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', ', ', ': ', '\u00a0', '\n', '', '. ')
    const text = fc.array(fc.tuple(word, gap), { maxLength: 24 }).map((parts) => parts.map(([w, g]) => w + g).join(''))
    fc.assert(
      fc.property(text, fc.nat(40), (t, cut) => {
        for (const [name, pattern, gate] of GATED) {
          const rest = t.slice(Math.min(cut, t.length))
          if (matches(pattern, t) || matches(pattern, rest)) expect([name, gate.admits(t)]).toEqual([name, true])
        }
      }),
      { numRuns: 3000 },
    )
  })
})
