import { foldDiacritics, type Organization, type OrganizationKind } from '@vanban/core'

/**
 * Organisations named as organisers and issuing bodies, each once (`Đảng uỷ Khối` and `Đảng
 * ủy Khối` are one, since the text is normalised), with their kind read from the head of the
 * name.
 */
const KINDS: ReadonlyArray<readonly [RegExp, OrganizationKind]> = [
  [/^ban chi dao/, 'steering_committee'],
  [/^chi bo/, 'party_cell'],
  [
    /^(?:ban (?:tuyen giao|to chuc|dan van|noi chinh|kinh te)|uy ban kiem tra|van phong (?:tinh|huyen|thanh|quan) uy|truong chinh tri|trung tam chinh tri|doan giam sat|doan kiem tra)/,
    'party_agency',
  ],
  [
    /^(?:dang uy|dang bo|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu|ban chap hanh|bo chinh tri|ban bi thu|trung uong|ban can su)/,
    'party_committee',
  ],
  [/^(?:bao|dai phat thanh|truyen hinh|tap chi|cong thong tin|thong tan xa)/, 'press'],
  [
    /^(?:hoi|doan|tinh doan|thanh doan|huyen doan|mat tran|uy ban mat tran|uy ban mttq|cong doan|lien doan|hoi lhpn)/,
    'mass_organization',
  ],
  [
    /^(?:bo |so |cuc |vu |uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|chinh phu|thu tuong|quoc hoi|cong an|toa an|vien kiem sat|phong |tong cuc)/,
    'state_agency',
  ],
]

const searchKey = (name: string): string => foldDiacritics(name).replace(/\s+/g, ' ').trim()

// The kind of an organisation from the search key of its name.
function kindOfKey(key: string): OrganizationKind {
  for (const [pattern, kind] of KINDS) if (pattern.test(key)) return kind
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
