import { foldDiacritics, normalizeText, type Organization, type OrganizationKind } from '@vanban/core'
import { oneLine } from './one-line.ts'
import { organizationLevel, organizationProvince } from './organization-level.ts'
import { ORGANISATION_KINDS } from './rules/expressions.ts'
import { ORGANISATION_OPENINGS } from './rules/organisation-words.ts'

/**
 * Organisations named as organisers and issuing bodies, each once (`Đảng uỷ Khối` and `Đảng
 * ủy Khối` are one, since the text is normalised), with their kind read from the head of the
 * name and their level and province from its words, at the article's date.
 */
const searchKey = (name: string): string => oneLine(foldDiacritics(name))

// The kind of an organisation from the search key of its name.
function kindOfKey(key: string): OrganizationKind {
  for (const [pattern, kind] of ORGANISATION_KINDS) if (pattern.test(key)) return kind
  return 'other'
}

/** One organisation per name, in the order given; `date` is the article's (a partial date string, or null). */
export function collectOrganizations(names: Array<string | null>, date: string | null): Organization[] {
  const seen = new Set<string>()
  const out: Organization[] = []
  // An article names the same organiser for many events: each name is folded once.
  const keys = new Map<string, string>()
  for (const name of names) {
    if (name === null) continue
    let key = keys.get(name)
    if (key === undefined) {
      key = searchKey(name)
      keys.set(name, key)
    }
    if (key.length === 0 || seen.has(key)) continue
    seen.add(key)
    out.push({
      name,
      kind: kindOfKey(key),
      level: organizationLevel(name, date),
      province: organizationProvince(name, date),
    })
  }
  return out
}

// A position named like a body (`Thủ tướng`) or opening like one (`Bộ trưởng`, `Vụ trưởng`) is no organisation.
const POSITIONS = new Set(['thu tuong'])

// An organisation opening at a word's start, not a head's title (`bo truong`); the longest opening first.
const ORGANISATION_IN_ROLE = new RegExp(
  `(?:^|[^a-z0-9])(${ORGANISATION_OPENINGS.map((o) => foldDiacritics(o.words))
    .filter((words) => !POSITIONS.has(words))
    .sort((a, b) => b.length - a.length)
    .map((words) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?!\\s?truong\\b)`,
)

/**
 * The organisation a role names, folded (no diacritics, lower case): the role from its first
 * organisation opening to the first comma or semicolon, without a member's ` viên` (`Bí thư Huyện
 * ủy Cẩm Giàng` → `huyen uy cam giang`, `Tỉnh ủy viên` → `tinh uy`); `null` when the role names
 * none (`Thượng tá`, `ThS`).
 */
export function roleOrganization(role: string): string | null {
  const folded = foldDiacritics(normalizeText(role))
  const match = ORGANISATION_IN_ROLE.exec(folded)
  if (match === null) return null
  const start = match.index + match[0].length - (match[1] ?? '').length
  const organisation = (folded.slice(start).split(/[,;]/u)[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ vien$/u, '')
  return organisation === '' ? null : organisation
}
