import { foldDiacritics, type Organization, type OrganizationKind } from '@vanban/core'
import { ORGANISATION_KINDS } from './rules/expressions.ts'

/**
 * Organisations named as organisers and issuing bodies, each once (`Đảng uỷ Khối` and `Đảng
 * ủy Khối` are one, since the text is normalised), with their kind read from the head of the
 * name.
 */
const searchKey = (name: string): string => foldDiacritics(name).replace(/\s+/g, ' ').trim()

// The kind of an organisation from the search key of its name.
function kindOfKey(key: string): OrganizationKind {
  for (const [pattern, kind] of ORGANISATION_KINDS) if (pattern.test(key)) return kind
  return 'other'
}

/** One organisation per name, in the order given. */
export function collectOrganizations(names: Array<string | null>): Organization[] {
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
    out.push({ name, kind: kindOfKey(key) })
  }
  return out
}
