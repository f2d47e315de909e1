import { findProvinces, type OrganizationLevel, type PlacedProvince } from '@vanban/core'
import { CENTRAL_CITIES, LEVEL_WORDS } from './rules/level-words.ts'

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Right after a capitalised syllable other than `Đảng`: inside a person's name (`Đinh Bộ Lĩnh`).
const AFTER_NAME_SYLLABLE = '(?<!(?<![\\p{L}\\p{N}])(?!Đảng\\s)\\p{Lu}\\p{Ll}*\\s)'

// One alternation per case, longest word first, each word with the words it must not precede.
function alternation(words: typeof LEVEL_WORDS): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.words.length - a.words.length)
    .map(
      (w) =>
        (w.notInName === true ? AFTER_NAME_SYLLABLE : '') +
        escapeRegExp(w.words) +
        (w.notBefore === undefined ? '' : `(?! (?:${w.notBefore.map(escapeRegExp).join('|')}))`),
    )
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
}

const LEVEL_OF = new Map(LEVEL_WORDS.map((w) => [w.words, w.level]))
const LOWER_PATTERN = alternation(LEVEL_WORDS.filter((w) => w.caseSensitive !== true))
const WRITTEN_PATTERN = alternation(LEVEL_WORDS.filter((w) => w.caseSensitive === true))

type LevelWord = { at: number; length: number; level: OrganizationLevel | 'city' }

// The level word of each name read lately: an article asks for its organisers' levels again and
// again (to place each event, to tell a central body, to list the organisations), and the word
// does not depend on the date.
const FIRST_WORDS = new Map<string, LevelWord | null>()
const FIRST_WORDS_SIZE = 1000
function firstWordOf(name: string): LevelWord | null {
  let word = FIRST_WORDS.get(name)
  if (word === undefined) {
    word = firstWord(name)
    if (FIRST_WORDS.size >= FIRST_WORDS_SIZE) FIRST_WORDS.clear()
    FIRST_WORDS.set(name, word)
  }
  return word
}

function firstWord(name: string): LevelWord | null {
  let best: LevelWord | null = null
  for (const [pattern, text] of [
    [LOWER_PATTERN, name.toLowerCase()],
    [WRITTEN_PATTERN, name],
  ] as const) {
    pattern.lastIndex = 0
    const m = pattern.exec(text)
    if (m === null) continue
    const level = LEVEL_OF.get(m[1]!)
    if (level === undefined) continue
    if (best === null || m.index < best.at || (m.index === best.at && m[1]!.length > best.length)) {
      best = { at: m.index, length: m[1]!.length, level }
    }
  }
  return best
}

const isCentralCity = (code: string, date: string | null): boolean =>
  CENTRAL_CITIES.some((c) => c.code === code && (date === null || date >= c.since.slice(0, date.length)))

// A city word: a centrally-run city's (or one left unnamed, as an article of that city writes it)
// is provincial; a provincial town's (`Thành ủy Thủ Dầu Một`, `thành phố Thái Bình`) a district.
function cityLevel(name: string, after: number, date: string | null): OrganizationLevel {
  const named = findProvinces(name, { date }).find(
    (m) => m.start >= after && /^[\s.]*$/u.test(name.slice(after, m.start)),
  )
  if (named !== undefined) return isCentralCity(named.province.atDate.code, date) ? 'provincial' : 'district'
  return /^[\s.]*\p{Lu}/u.test(name.slice(after)) ? 'district' : 'provincial'
}

/**
 * The level of an organisation, from the first word in its name that places it (`LEVEL_WORDS`),
 * at a date (a partial date string, or null); null when its name says nothing of it (`Hội Cựu
 * chiến binh`).
 */
export function organizationLevel(name: string, date: string | null): OrganizationLevel | null {
  const word = firstWordOf(name)
  if (word === null) return null
  return word.level === 'city' ? cityLevel(name, word.at + word.length, date) : word.level
}

/**
 * The province an organisation's name states (`UBND tỉnh Nghệ An`, `Thành ủy Hà Nội`), read at
 * a date, as today's unit; null when the name names none.
 */
export function organizationProvince(name: string, date: string | null): PlacedProvince | null {
  const mention = findProvinces(name, { date })[0]
  if (mention === undefined) return null
  return { ...mention.province.today, source: 'name', confidence: 0.95 }
}
