/**
 * The word pools the synthetic archive is composed from: real sentences, organisers, locations,
 * people and directive codes read from the extraction fixtures (packages/extract/fixtures), and
 * the records built from them in JavaScript with the store's own keys (directives, organisations,
 * people: thousands of rows, where exactness matters more than speed). Deterministic: the same
 * archive size gives the same pools.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { directiveIdentity, foldDiacritics, normalizeText, parseDirectiveCode } from '@vanban/core'
import { organizationLevel, organizationProvince, roleOrganization } from '@vanban/extract'
import { nameKey, searchKey } from '@vanban/store'

const FIXTURES = join(import.meta.dirname, '../../../extract/fixtures')

type Gold = {
  title: string | null
  directives: { code: string; issuedOn: string | null; issuingBody: string | null }[]
  events: { organizer: string | null; location: string | null }[]
  people: { name: string; roles: string[] }[]
}

/** A pseudo-random generator (mulberry32): the pools must not change between runs. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T
}

function readFixtures(): { texts: string[]; gold: Gold[] } {
  const articles = join(FIXTURES, 'articles')
  const names = readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  return {
    texts: names.map((f) => normalizeText(readFileSync(join(articles, f), 'utf8'))),
    gold: names.map(
      (f) => JSON.parse(readFileSync(join(FIXTURES, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    ),
  }
}

// Body sentences: prose of 40 to 320 characters, no date lines, file names or bylines.
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“"])/u))
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 320 && /[.!?…]$/.test(s) && !/\.(jpe?g|png)\b/i.test(s))
}

const TOPICS_RE = /\bvề ((?:[\p{L}]+ ){2,9}[\p{L}]+)/gu

/**
 * Event kinds, how often each is reported (weights sum to 100), the title of such an event, the
 * same in a lead's running text, the verb of an article title and of its citation.
 */
export const EVENT_KINDS = [
  {
    kind: 'conference',
    weight: 30,
    title: 'Hội nghị quán triệt, triển khai',
    verb: 'quán triệt',
    cites: 'disseminates',
  },
  { kind: 'review', weight: 20, title: 'Hội nghị sơ kết 5 năm thực hiện', verb: 'sơ kết', cites: 'reviews' },
  {
    kind: 'thematic_session',
    weight: 12,
    title: 'Sinh hoạt chuyên đề về thực hiện',
    verb: 'sinh hoạt chuyên đề',
    cites: 'implements',
  },
  {
    kind: 'training',
    weight: 12,
    title: 'Tập huấn, bồi dưỡng nghiệp vụ thực hiện',
    verb: 'tập huấn',
    cites: 'implements',
  },
  { kind: 'dissemination', weight: 10, title: 'Tuyên truyền, phổ biến', verb: 'tuyên truyền', cites: 'disseminates' },
  { kind: 'contest', weight: 6, title: 'Hội thi tìm hiểu', verb: 'tổ chức hội thi tìm hiểu', cites: 'disseminates' },
  {
    kind: 'launch',
    weight: 4,
    title: 'Ra mắt mô hình thực hiện',
    verb: 'ra mắt mô hình thực hiện',
    cites: 'implements',
  },
  {
    kind: 'ceremony',
    weight: 3,
    title: 'Lễ tuyên dương điển hình tiêu biểu thực hiện',
    verb: 'tuyên dương điển hình thực hiện',
    cites: 'implements',
  },
  {
    kind: 'other',
    weight: 3,
    title: 'Đoàn công tác kiểm tra việc thực hiện',
    verb: 'kiểm tra việc thực hiện',
    cites: 'implements',
  },
] as const

const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  QH15: 'Luật',
  QH14: 'Luật',
  QH13: 'Luật',
}

// Real provinces, cities and districts: places the synthetic organisers are named after.
const PLACES = (
  'Thạch Hà, Can Lộc, Đức Thọ, Hương Sơn, Kỳ Anh, Lục Nam, Lục Ngạn, Yên Thế, Tam Kỳ, Hội An, Điện Bàn, ' +
  'Duy Xuyên, Tư Nghĩa, Bình Sơn, Đức Phổ, Ninh Kiều, Cái Răng, Bình Thủy, Ô Môn, Đức Hoà, Cần Giuộc, ' +
  'Bến Lức, Cam Lâm, Diên Khánh, Ninh Hòa, Sóc Trăng, Vĩnh Long, Lào Cai, Yên Bái, Thanh Hóa, Nghệ An, ' +
  'Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, ' +
  'Khánh Hòa, Ninh Thuận, Bình Thuận, Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng, Bình Phước, ' +
  'Tây Ninh, Bình Dương, Đồng Nai, Long An, Tiền Giang, Bến Tre, Trà Vinh, Đồng Tháp, An Giang, ' +
  'Kiên Giang, Hậu Giang, Bạc Liêu, Cà Mau, Hà Giang, Cao Bằng, Bắc Kạn, Tuyên Quang, Thái Nguyên, ' +
  'Lạng Sơn, Bắc Giang, Phú Thọ, Điện Biên, Lai Châu, Sơn La, Hòa Bình, Quảng Ninh, Hải Dương, Hưng Yên, ' +
  'Thái Bình, Hà Nam, Nam Định, Ninh Bình, Vĩnh Phúc, Bắc Ninh, Cẩm Giàng, Gia Lộc, Kim Thành, Nam Sách, ' +
  'Thanh Miện, Hoằng Hóa, Nga Sơn, Quỳnh Lưu, Diễn Châu, Nam Đàn, Hưng Nguyên, Bố Trạch, Lệ Thủy, ' +
  'Hải Lăng, Phong Điền, Hòa Vang, Thăng Bình, Núi Thành, Mộ Đức, Hoài Nhơn, Phù Mỹ, Tuy An, Vạn Ninh, ' +
  'Ninh Phước, Hàm Thuận Bắc, Đắk Hà'
).split(', ')

// The organisers: a unit, its kind, and the head's role that names it (for people's identities).
const UNITS = [
  { unit: 'Huyện ủy', kind: 'party_committee', head: 'Bí thư' },
  { unit: 'Ban Thường vụ Huyện ủy', kind: 'party_committee', head: 'Bí thư Huyện ủy' },
  { unit: 'Ban Tuyên giáo Huyện ủy', kind: 'party_agency', head: 'Trưởng' },
  { unit: 'Ban Tuyên giáo Tỉnh ủy', kind: 'party_agency', head: 'Trưởng' },
  { unit: 'Đảng ủy Khối các cơ quan tỉnh', kind: 'party_committee', head: 'Bí thư' },
  { unit: 'Thành ủy', kind: 'party_committee', head: 'Bí thư' },
  { unit: 'Tỉnh đoàn', kind: 'mass_organization', head: 'Bí thư' },
  { unit: 'Hội Liên hiệp Phụ nữ huyện', kind: 'mass_organization', head: 'Chủ tịch' },
  { unit: 'Hội Nông dân huyện', kind: 'mass_organization', head: 'Chủ tịch' },
  { unit: 'Ủy ban nhân dân huyện', kind: 'state_agency', head: 'Chủ tịch' },
  { unit: 'Sở Thông tin và Truyền thông tỉnh', kind: 'state_agency', head: 'Giám đốc' },
  { unit: 'Ban Chỉ đạo 35 Tỉnh ủy', kind: 'steering_committee', head: 'Trưởng' },
  { unit: 'Chi bộ Văn phòng Huyện ủy', kind: 'party_cell', head: 'Bí thư' },
  { unit: 'Đảng ủy Quân sự tỉnh', kind: 'party_committee', head: 'Bí thư' },
] as const

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
]
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Thị Kim', 'Xuân', 'Công', 'Thị Thu']
const GIVEN = (
  'Hiếu, Oanh, Hùng, Lan, Hương, Dũng, Tuấn, Hà, Thảo, Sơn, Bình, Phong, Giang, Khoa, Mạnh, Sương, ' +
  'Nhung, Vân, Sang, Tùng, Trung, Nam, Hải, Long, Quân, Thắng, Hạnh, Yến, Phượng, Lộc, Phước, Việt, ' +
  'Cường, Đạt, Hòa, Kiên, Nghĩa, Quang, Thủy, Trâm, Uyên, Vinh'
).split(', ')

// Publishing sites and the host their (invented) URLs take.
const SOURCES = [
  { name: 'Báo Nhân Dân', host: 'nhandan.example.vn' },
  { name: 'tuyengiao.vn', host: 'tuyengiao.example.vn' },
  { name: 'Cổng TTĐT', host: 'congttdt.example.vn' },
  { name: 'baodanang.vn', host: 'baodanang.example.vn' },
  { name: 'TPO', host: 'tienphong.example.vn' },
  { name: 'PNO', host: 'phunuonline.example.vn' },
  { name: 'Báo Hà Tĩnh', host: 'baohatinh.example.vn' },
]
const BYLINES = ['PV', 'Minh Anh', 'Thanh Tùng', 'Hữu Phước', 'Quốc Việt', 'Ngọc Hà', 'Thu Hiền']

/** A directive to insert, with the phrase articles cite it by. Rank 1 is cited most. */
export type DirectivePool = {
  rank: number
  key: string
  code: string
  system: string
  type: string
  number: string
  year: number | null
  issuerCode: string
  issuedOn: string | null
  issuingBody: string | null
  title: string | null
  searchKey: string
  /** `Nghị quyết số 35-NQ/TW`: how titles cite it */
  short: string
  /** `Nghị quyết số 35-NQ/TW của Bộ Chính trị`: how leads cite it */
  mention: string
}

/** An organisation to insert, placed by its name as ingestion places it (level, today's province). */
export type OrganizationPool = {
  rank: number
  name: string
  nameKey: string
  kind: string
  searchKey: string
  level: string | null
  provinceCode: string | null
  provinceConfidence: number | null
}

/** A person to insert, with the role articles give them and its organisation's rank. */
export type PersonPool = {
  rank: number
  identity: string
  name: string
  nameKey: string
  searchKey: string
  role: string
}

/** Everything the archive is composed from. */
export type Pools = {
  sentences: string[]
  topics: string[]
  locations: string[]
  sources: { name: string; host: string }[]
  bylines: string[]
  directives: DirectivePool[]
  organizations: OrganizationPool[]
  people: PersonPool[]
  /** A word of the least used sentence that no other pool text holds: the rare search. */
  rareWord: string
}

function isoDay(next: () => number, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear, 11, 31)
  return new Date(start + Math.floor(next() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10)
}

function directivePool(gold: Gold[], topics: string[], count: number, next: () => number): DirectivePool[] {
  const known = new Map<string, { issuedOn: string | null; issuingBody: string | null }>()
  for (const g of gold) for (const d of g.directives) if (!known.has(d.code)) known.set(d.code, d)
  // The codes the fixtures cite first (35-NQ/TW, 85-QĐ/TW...: the heavily cited ones), then
  // generated codes in the shapes real ones take.
  const codes: { code: string; issuedOn: string | null; issuingBody: string | null }[] = [...known].map(
    ([code, d]) => ({ code, ...d }),
  )
  const bodies = [...new Set([...known.values()].flatMap((d) => (d.issuingBody === null ? [] : [d.issuingBody])))]
  const shapes = [
    (n: number) => `${n}-NQ/TW`,
    (n: number) => `${n}-CT/TW`,
    (n: number) => `${n}-KL/TW`,
    (n: number) => `${n}-QĐ/TW`,
    (n: number) => `${n}-HD/BTGTW`,
    (n: number) => `${n}-KH/TU`,
    (n: number) => `${n}-KH/HU`,
    (n: number) => `${n}-NQ/TU`,
    (n: number) => `${n}-CTr/ĐU`,
    (n: number, y: number) => `${n}/${y}/NĐ-CP`,
    (n: number) => `${n}/QĐ-TTg`,
    (n: number) => `${n}/KH-UBND`,
    (n: number, y: number) => `${n}/${y}/TT-BTTTT`,
  ]
  while (codes.length < count * 1.2) {
    const year = 2010 + Math.floor(next() * 16)
    const code = pick(shapes, next)(1 + Math.floor(next() * 400), year)
    codes.push({ code, issuedOn: isoDay(next, year, year), issuingBody: pick(bodies, next) })
  }
  const byKey = new Map<string, DirectivePool>()
  for (const c of codes) {
    if (byKey.size === count) break
    const parts = parseDirectiveCode(c.code)
    if (parts === null) throw new Error(`the directive pool made ${c.code}, which parseDirectiveCode does not read`)
    const identity = directiveIdentity(parts, c.issuedOn)
    if (byKey.has(identity.key)) continue
    const typeName = TYPE_NAMES[parts.type] ?? TYPE_NAMES[parts.issuerCode] ?? 'Văn bản'
    const title = next() < 0.8 ? `về ${pick(topics, next)}` : null
    byKey.set(identity.key, {
      rank: byKey.size + 1,
      ...identity,
      issuedOn: c.issuedOn,
      issuingBody: c.issuingBody,
      title,
      searchKey: searchKey(identity.code, title, c.issuingBody),
      short: `${typeName} số ${identity.code}`,
      mention: `${typeName} số ${identity.code}${c.issuingBody === null ? '' : ` của ${c.issuingBody}`}`,
    })
  }
  return [...byKey.values()]
}

function organizationPool(gold: Gold[], count: number, next: () => number): OrganizationPool[] {
  const names = new Map<string, { name: string; kind: string }>()
  for (const g of gold)
    for (const e of g.events)
      if (e.organizer !== null) names.set(nameKey(e.organizer), { name: e.organizer, kind: 'other' })
  for (let tries = 0; names.size < count && tries < count * 20; tries += 1) {
    const unit = pick(UNITS, next)
    const name = `${unit.unit} ${pick(PLACES, next)}`
    if (!names.has(nameKey(name))) names.set(nameKey(name), { name, kind: unit.kind })
  }
  return [...names].map(([key, o], i) => {
    // a stored organisation has no date: placed as ingestion's backfill places names, undated
    const province = organizationProvince(o.name, null)
    return {
      rank: i + 1,
      name: o.name,
      nameKey: key,
      kind: o.kind,
      searchKey: searchKey(o.name),
      level: organizationLevel(o.name, null),
      provinceCode: province?.code ?? null,
      provinceConfidence: province?.confidence ?? null,
    }
  })
}

function peoplePool(gold: Gold[], organizations: OrganizationPool[], count: number, next: () => number): PersonPool[] {
  const people = new Map<string, PersonPool>()
  const add = (name: string, role: string) => {
    const organization = roleOrganization(role)
    if (organization === null) return
    const key = nameKey(name)
    const identity = `${key}|${nameKey(organization)}`
    if (people.has(identity)) return
    people.set(identity, { rank: people.size + 1, identity, name, nameKey: key, searchKey: searchKey(name), role })
  }
  for (const g of gold) for (const p of g.people) for (const role of p.roles.slice(0, 1)) add(p.name, role)
  for (let tries = 0; people.size < count && tries < count * 20; tries += 1) {
    const name = `${pick(SURNAMES, next)} ${pick(MIDDLE, next)} ${pick(GIVEN, next)}`
    const organization = pick(organizations, next)
    const unit = UNITS.find((u) => organization.name.startsWith(u.unit))
    add(name, `${unit?.head ?? 'Bí thư'} ${organization.name}`)
  }
  return [...people.values()]
}

// A word (5+ letters folded) of the last sentence, the least used, that no other pool text holds.
function rareWordOf(sentences: string[], others: string[]): string {
  const last = sentences.at(-1) ?? ''
  const elsewhere = new Set(
    [...sentences.slice(0, -1), ...others].flatMap((s) => foldDiacritics(s).split(/[^a-z0-9]+/)),
  )
  const word = last.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 5 && !elsewhere.has(foldDiacritics(w)))
  if (word === undefined) throw new Error('no word of the least used sentence is rare; reorder the sentence pool')
  return word
}

/**
 * The pools for an archive of `articles` articles: about one directive per 200 articles, one
 * organisation per 500 and one person per 20 (each at least a few hundred).
 */
export function buildPools(articles: number): Pools {
  const next = random(12)
  const { texts, gold } = readFixtures()
  const seen = new Set<string>()
  const sentences = texts.flatMap(sentencesOf).filter((s) => !seen.has(s) && seen.add(s))
  // shuffled once, so the Zipf ranks do not follow the fixtures' order
  for (let i = sentences.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1))
    ;[sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string]
  }
  // "về <topic>" phrases in lower case but for the Party and Hồ Chí Minh: titles of directives
  const topics = [...new Set(texts.flatMap((t) => [...t.matchAll(TOPICS_RE)].map((m) => m[1] as string)))].filter((t) =>
    t.split(' ').every((w) => w === w.toLowerCase() || ['Đảng', 'Hồ', 'Chí', 'Minh'].includes(w)),
  )
  const locations = [
    ...new Set(gold.flatMap((g) => g.events.flatMap((e) => (e.location === null ? [] : [e.location])))),
  ]
  const directives = directivePool(gold, topics, Math.max(300, Math.round(articles / 200)), next)
  const organizations = organizationPool(gold, Math.max(200, Math.round(articles / 500)), next)
  const people = peoplePool(gold, organizations, Math.max(500, Math.round(articles / 20)), next)
  const others = [
    ...topics,
    ...locations,
    ...directives.map((d) => d.mention),
    ...organizations.map((o) => o.name),
    ...people.map((p) => `${p.name} ${p.role}`),
    ...EVENT_KINDS.flatMap((k) => [k.title, k.verb]),
  ]
  let rareWord = ''
  // the least used sentence must hold a rare word: move sentences without one forward
  for (let tries = 0; tries < sentences.length && rareWord === ''; tries += 1) {
    try {
      rareWord = rareWordOf(sentences, others)
    } catch {
      sentences.unshift(sentences.pop() as string)
    }
  }
  return {
    sentences,
    topics,
    locations,
    sources: SOURCES,
    bylines: BYLINES,
    directives,
    organizations,
    people,
    rareWord,
  }
}
