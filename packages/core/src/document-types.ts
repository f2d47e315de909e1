import { z } from 'zod'
import { type Label, labels } from './labels.ts'
import { foldDiacritics } from './text.ts'

/**
 * The vocabulary of directive codes: which system issued a document, its type code, and its
 * issuer code.
 *
 * Sources:
 * - Party documents: Quy định 66-QĐ/TW (2017) on the types and format of Party documents and
 *   its 2026 successor, and Hướng dẫn 36-HD/VPTW (2018) of the Central Party Office, which fix
 *   the type abbreviations (NQ, QĐ, CT, KL, HD, ...) and the code shape `NUMBER-TYPE/ISSUER`.
 * - State documents: Luật Ban hành văn bản quy phạm pháp luật 2015 (replaced in 2025), which
 *   lists the legal document types and who issues each, and Nghị định 30/2020/NĐ-CP on document
 *   work, whose appendix fixes the type abbreviations and the code shapes
 *   `NUMBER/YEAR/TYPE-ISSUER` (legal documents) and `NUMBER/TYPE-ISSUER` (the rest).
 *
 * @module
 */

/** Who issued a document: the Communist Party of Viet Nam (`party`) or the State (`state`). */
export const DirectiveSystemSchema = z.enum(['party', 'state'])

/** The system that issued a directive. */
export type DirectiveSystem = z.infer<typeof DirectiveSystemSchema>

/**
 * Type codes of Party documents (Hướng dẫn 36-HD/VPTW). `QĐ` is both Quy định (regulation) and
 * Quyết định (decision): `85-QĐ/TW` is a regulation, `1147-QĐ/BTGDVTW` a decision; the type word
 * written before the code tells them apart (see {@link documentKindFromWord}). Some committees
 * write Quy định as `QĐi`. `TT` is Thông tri (a circular letter).
 */
export const PartyDocumentTypeSchema = z.enum([
  'NQ',
  'QĐ',
  'QĐi',
  'CT',
  'KL',
  'HD',
  'TB',
  'KH',
  'CTr',
  'QC',
  'BC',
  'TTr',
  'CV',
  'ĐA',
  'TT',
  'BB',
])

/** A Party document type code. */
export type PartyDocumentType = z.infer<typeof PartyDocumentTypeSchema>

/**
 * Type codes of State documents (Luật Ban hành văn bản QPPL; Nghị định 30/2020/NĐ-CP, appendix
 * III). Laws (`Luật`) and ordinances (`PL`) carry no type in their code (`64/2025/QH15`); the
 * codes here name them all the same. In the State system Quy định is `QyĐ` and `QĐ` is only
 * Quyết định; `TT` is Thông tư (a circular).
 */
export const StateDocumentTypeSchema = z.enum([
  'Luật',
  'PL',
  'L',
  'NĐ',
  'TT',
  'TTLT',
  'QĐ',
  'CT',
  'NQ',
  'NQLT',
  'KH',
  'CV',
  'TB',
  'HD',
  'BC',
  'CTr',
  'QC',
  'QyĐ',
  'TTr',
  'ĐA',
  'PA',
  'CĐ',
  'TC',
  'BB',
])

/** A State document type code. */
export type StateDocumentType = z.infer<typeof StateDocumentTypeSchema>

const ALL_TYPES = [...new Set<string>([...PartyDocumentTypeSchema.options, ...StateDocumentTypeSchema.options])] as [
  PartyDocumentType | StateDocumentType,
  ...(PartyDocumentType | StateDocumentType)[],
]

/** Any document type code, Party or State, canonical spelling (`QĐ` with U+0110, `CTr`, `TTLT`). */
export const DocumentTypeSchema = z.enum(ALL_TYPES)

/** A document type code of either system. */
export type DocumentType = z.infer<typeof DocumentTypeSchema>

/**
 * What a document is, independent of how its type is abbreviated. One type code can name
 * several kinds (`QĐ`: regulation or decision; `TT`: circular or circular letter), so the kind
 * comes from the type word written in the text.
 */
export const DocumentKindSchema = z.enum([
  'resolution',
  'joint_resolution',
  'decision',
  'regulation',
  'directive',
  'conclusion',
  'guidance',
  'notice',
  'plan',
  'programme',
  'rules',
  'report',
  'submission',
  'official_letter',
  'scheme',
  'circular',
  'joint_circular',
  'circular_letter',
  'decree',
  'law',
  'ordinance',
  'order',
  'telegram',
  'communique',
  'minutes',
  'option',
])

/** The kind of a document. */
export type DocumentKind = z.infer<typeof DocumentKindSchema>

/** Vietnamese and English labels for each document kind. */
export const DOCUMENT_KIND_LABELS = labels<DocumentKind>({
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  joint_resolution: { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  regulation: { vi: 'Quy định', en: 'Regulation' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  programme: { vi: 'Chương trình', en: 'Programme' },
  rules: { vi: 'Quy chế', en: 'Rules' },
  report: { vi: 'Báo cáo', en: 'Report' },
  submission: { vi: 'Tờ trình', en: 'Submission' },
  official_letter: { vi: 'Công văn', en: 'Official letter' },
  scheme: { vi: 'Đề án', en: 'Scheme' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  joint_circular: { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  circular_letter: { vi: 'Thông tri', en: 'Circular letter' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  law: { vi: 'Luật', en: 'Law' },
  ordinance: { vi: 'Pháp lệnh', en: 'Ordinance' },
  order: { vi: 'Lệnh', en: 'Order' },
  telegram: { vi: 'Công điện', en: 'Official telegram' },
  communique: { vi: 'Thông cáo', en: 'Communiqué' },
  minutes: { vi: 'Biên bản', en: 'Minutes' },
  option: { vi: 'Phương án', en: 'Option plan' },
})

/** What one type code means: the systems that use it, the kinds it names, its labels. */
export type DocumentTypeInfo = {
  readonly systems: readonly DirectiveSystem[]
  readonly kinds: readonly DocumentKind[]
  readonly vi: readonly string[]
  readonly en: string
}

function info(systems: readonly DirectiveSystem[], kinds: readonly DocumentKind[]): DocumentTypeInfo {
  return {
    systems,
    kinds,
    vi: kinds.map((k) => DOCUMENT_KIND_LABELS[k].vi),
    en: kinds.map((k) => DOCUMENT_KIND_LABELS[k].en).join(' or '),
  }
}

const P = ['party'] as const
const S = ['state'] as const
const PS = ['party', 'state'] as const

/**
 * Every type code with the systems that use it and its Vietnamese and English labels. `QĐ`
 * names a regulation or a decision in Party documents and only a decision in State ones; `TT`
 * is a Party circular letter (Thông tri) or a State circular (Thông tư).
 */
export const DOCUMENT_TYPES: { readonly [T in DocumentType]: DocumentTypeInfo } = {
  NQ: info(PS, ['resolution']),
  QĐ: info(PS, ['regulation', 'decision']),
  QĐi: info(P, ['regulation']),
  CT: info(PS, ['directive']),
  KL: info(P, ['conclusion']),
  HD: info(PS, ['guidance']),
  TB: info(PS, ['notice']),
  KH: info(PS, ['plan']),
  CTr: info(PS, ['programme']),
  QC: info(PS, ['rules']),
  BC: info(PS, ['report']),
  TTr: info(PS, ['submission']),
  CV: info(PS, ['official_letter']),
  ĐA: info(PS, ['scheme']),
  TT: info(PS, ['circular', 'circular_letter']),
  BB: info(PS, ['minutes']),
  Luật: info(S, ['law']),
  PL: info(S, ['ordinance']),
  L: info(S, ['order']),
  NĐ: info(S, ['decree']),
  TTLT: info(S, ['joint_circular']),
  NQLT: info(S, ['joint_resolution']),
  QyĐ: info(S, ['regulation']),
  PA: info(S, ['option']),
  CĐ: info(S, ['telegram']),
  TC: info(S, ['communique']),
}

/** Whether `type` is a type code the given system uses. */
export function isDocumentTypeOf(type: string, system: DirectiveSystem): boolean {
  return system === 'party' ? PARTY_TYPES.has(type) : STATE_TYPES.has(type)
}

const PARTY_TYPES: ReadonlySet<string> = new Set(PartyDocumentTypeSchema.options)
const STATE_TYPES: ReadonlySet<string> = new Set(StateDocumentTypeSchema.options)

/**
 * A document-type word as news writes it (lower case, with diacritics), the kind of document it
 * names, and whether news cites a document by the word and a number alone (`Nghị quyết 35`,
 * `Kế hoạch số 12`), the short forms an extractor reads.
 */
export const DocumentTypeWordSchema = z.object({
  word: z.string(),
  kind: DocumentKindSchema,
  citedByNumber: z.boolean(),
})

/** A document-type word and the kind it names. */
export type DocumentTypeWord = z.infer<typeof DocumentTypeWordSchema>

/**
 * Every document-type word vanban reads, each once: {@link documentKindFromWord}, the code
 * grammar's type words ({@link findDirectiveCodes}) and the extractor's short forms all build
 * from this list. Words cited by number come first, a longer word before a word it starts with
 * (`chương trình hành động` before `chương trình`).
 */
export const DOCUMENT_TYPE_WORDS: readonly DocumentTypeWord[] = [
  { word: 'nghị quyết', kind: 'resolution', citedByNumber: true },
  { word: 'chỉ thị', kind: 'directive', citedByNumber: true },
  { word: 'quy định', kind: 'regulation', citedByNumber: true },
  { word: 'quyết định', kind: 'decision', citedByNumber: true },
  { word: 'hướng dẫn', kind: 'guidance', citedByNumber: true },
  { word: 'kết luận', kind: 'conclusion', citedByNumber: true },
  { word: 'kế hoạch', kind: 'plan', citedByNumber: true },
  { word: 'thông báo', kind: 'notice', citedByNumber: true },
  { word: 'thông tri', kind: 'circular_letter', citedByNumber: true },
  { word: 'chương trình hành động', kind: 'programme', citedByNumber: true },
  { word: 'chương trình', kind: 'programme', citedByNumber: true },
  { word: 'nghị định', kind: 'decree', citedByNumber: true },
  { word: 'thông tư liên tịch', kind: 'joint_circular', citedByNumber: true },
  { word: 'thông tư', kind: 'circular', citedByNumber: true },
  { word: 'công văn', kind: 'official_letter', citedByNumber: true },
  { word: 'quy chế', kind: 'rules', citedByNumber: true },
  { word: 'đề án', kind: 'scheme', citedByNumber: true },
  { word: 'luật', kind: 'law', citedByNumber: true },
  { word: 'pháp lệnh', kind: 'ordinance', citedByNumber: true },
  { word: 'công điện', kind: 'telegram', citedByNumber: true },
  { word: 'nghị quyết liên tịch', kind: 'joint_resolution', citedByNumber: false },
  { word: 'báo cáo', kind: 'report', citedByNumber: false },
  { word: 'tờ trình', kind: 'submission', citedByNumber: false },
  { word: 'bộ luật', kind: 'law', citedByNumber: false },
  { word: 'lệnh', kind: 'order', citedByNumber: false },
  { word: 'thông cáo', kind: 'communique', citedByNumber: false },
  { word: 'biên bản', kind: 'minutes', citedByNumber: false },
  { word: 'phương án', kind: 'option', citedByNumber: false },
]

/** Type words as news writes them, folded (no diacritics, lower case), longest first. */
const KIND_WORDS: readonly (readonly [string, DocumentKind])[] = DOCUMENT_TYPE_WORDS.map(
  ({ word, kind }) => [foldDiacritics(word), kind] as const,
).toSorted((a, b) => b[0].length - a[0].length)

/** The folded type words, longest first, for building matchers. */
export const DOCUMENT_KIND_WORDS: readonly string[] = KIND_WORDS.map(([w]) => w)

/**
 * The search key of a name ({@link foldDiacritics}) with its words one space apart, for matching
 * whole words. Trimmed before folding, so that punctuation around a word (`luật”`), which folding
 * turns into spaces, still keeps it from being a whole word.
 */
function foldWords(text: string): string {
  return foldDiacritics(text.trim()).replace(/\s+/g, ' ')
}

/**
 * The kind of document a type word names, in any case and with or without diacritics:
 * `Quy định` and `quy dinh` are `regulation`, `Quyết định` is `decision`, `Nghị quyết` is
 * `resolution`, `Bộ luật` is `law`. Returns `null` for anything that is not one whole type word.
 */
export function documentKindFromWord(word: string): DocumentKind | null {
  const folded = foldWords(word)
  for (const [w, kind] of KIND_WORDS) if (w === folded) return kind
  return null
}

/**
 * The type code a system writes for a kind of document: `regulation` is `QĐ` for the Party and
 * `QyĐ` for the State; `circular` is `TT` in the State system and has no Party code (`null`).
 */
export function documentTypeForKind(kind: DocumentKind, system: DirectiveSystem): DocumentType | null {
  if (kind === 'regulation') return system === 'party' ? 'QĐ' : 'QyĐ'
  if (kind === 'circular') return system === 'state' ? 'TT' : null
  if (kind === 'circular_letter') return system === 'party' ? 'TT' : null
  for (const type of DocumentTypeSchema.options) {
    const entry = DOCUMENT_TYPES[type]
    if (entry.systems.includes(system) && entry.kinds.includes(kind)) return type
  }
  return null
}

/**
 * The shape of an issuer code: ASCII letters and digits, `Đ` (U+0110) where the name has it,
 * starting with a capital, with `-`-joined parts for joint or departmental issuers
 * (`TW`, `BTGDVTW`, `TTg`, `QH15`, `HĐND`, `BTC-BYT`, `UBND-VX`).
 */
export const IssuerCodeSchema = z
  .string()
  .regex(
    /^[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)*$/,
    'an issuer code is letters and digits starting with a capital (TW, BTGTW, TTg, QH15, HĐND), parts joined by "-"',
  )

/** An issuer code as it appears after the type in a directive code. */
export type IssuerCode = z.infer<typeof IssuerCodeSchema>

/** One issuer code: its system and the Vietnamese and English names of who issues under it. */
export type IssuerInfo = { readonly system: DirectiveSystem } & Label

/**
 * Issuer codes with fixed meanings. Party central bodies end in `TW` (Trung ương): `VPTW` is the
 * Central Party Office, `BTGTW` the Central Propaganda Commission, replaced in 2025 by `BTGDVTW`
 * (Ban Tuyên giáo và Dân vận Trung ương). Local Party committees: `TU` (Tỉnh ủy, and Thành ủy of
 * the centrally-run cities), `HU`, `QU`, `ThU`, `ĐU`, `ĐUK`, and a Party cell's `CB` (chi bộ). State: `CP` (Government), `TTg`
 * (Prime Minister), `UBND`/`HĐND` (every province's People's Committee and Council share them),
 * ministries (`BCA`, `BTTTT`, `BGDĐT`, ...). Laws and resolutions of the National Assembly carry
 * its term: `QH15`, `UBTVQH15` (see {@link issuerLabel}).
 *
 * `/TW` is shared by the Central Committee (Ban Chấp hành Trung ương), the Politburo (Bộ Chính
 * trị) and the Secretariat (Ban Bí thư): the code does not say which of them issued a document,
 * so records keep `issuerCode` and `issuingBody` as separate fields (see
 * {@link issuingBodiesForIssuer}).
 */
export const ISSUERS: { readonly [code: string]: IssuerInfo } = {
  TW: {
    system: 'party',
    vi: 'Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)',
    en: 'Central Committee, Politburo or Secretariat',
  },
  QUTW: { system: 'party', vi: 'Quân ủy Trung ương', en: 'Central Military Commission' },
  ĐUCATW: { system: 'party', vi: 'Đảng ủy Công an Trung ương', en: 'Central Public Security Party Committee' },
  TU: { system: 'party', vi: 'Tỉnh ủy, Thành ủy', en: 'Provincial or municipal Party Committee' },
  HU: { system: 'party', vi: 'Huyện ủy', en: 'District Party Committee' },
  QU: { system: 'party', vi: 'Quận ủy', en: 'Urban district Party Committee' },
  ThU: { system: 'party', vi: 'Thị ủy', en: 'Town Party Committee' },
  ĐU: { system: 'party', vi: 'Đảng ủy', en: 'Party Committee' },
  ĐUK: { system: 'party', vi: 'Đảng ủy Khối', en: 'Party Committee of the Bloc' },
  CB: { system: 'party', vi: 'Chi bộ', en: 'Party cell' },
  BCSĐ: { system: 'party', vi: 'Ban cán sự đảng', en: 'Party Affairs Committee' },
  ĐĐ: { system: 'party', vi: 'Đảng đoàn', en: 'Party Delegation' },
  CTN: { system: 'state', vi: 'Chủ tịch nước', en: 'President of the State' },
  CP: { system: 'state', vi: 'Chính phủ', en: 'Government' },
  TTg: { system: 'state', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  VPCP: { system: 'state', vi: 'Văn phòng Chính phủ', en: 'Government Office' },
  UBND: { system: 'state', vi: 'Ủy ban nhân dân', en: "People's Committee" },
  HĐND: { system: 'state', vi: 'Hội đồng nhân dân', en: "People's Council" },
  BCA: { system: 'state', vi: 'Bộ Công an', en: 'Ministry of Public Security' },
  BQP: { system: 'state', vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence' },
  BTTTT: { system: 'state', vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
  BGDĐT: { system: 'state', vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' },
  BTC: { system: 'state', vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  BYT: { system: 'state', vi: 'Bộ Y tế', en: 'Ministry of Health' },
  BNV: { system: 'state', vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  BTP: { system: 'state', vi: 'Bộ Tư pháp', en: 'Ministry of Justice' },
  BCT: { system: 'state', vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' },
  BNG: { system: 'state', vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs' },
  BXD: { system: 'state', vi: 'Bộ Xây dựng', en: 'Ministry of Construction' },
  BKHĐT: { system: 'state', vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' },
  BKHCN: { system: 'state', vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
  BLĐTBXH: {
    system: 'state',
    vi: 'Bộ Lao động - Thương binh và Xã hội',
    en: 'Ministry of Labour, Invalids and Social Affairs',
  },
  BNNPTNT: {
    system: 'state',
    vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
    en: 'Ministry of Agriculture and Rural Development',
  },
  BTNMT: { system: 'state', vi: 'Bộ Tài nguyên và Môi trường', en: 'Ministry of Natural Resources and Environment' },
  BNNMT: { system: 'state', vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' },
  BGTVT: { system: 'state', vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport' },
  BVHTTDL: { system: 'state', vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism' },
  BDTTG: { system: 'state', vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs' },
  UBDT: { system: 'state', vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs' },
  NHNN: { system: 'state', vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Viet Nam' },
  TTCP: { system: 'state', vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate' },
  KTNN: { system: 'state', vi: 'Kiểm toán nhà nước', en: 'State Audit Office' },
  TANDTC: { system: 'state', vi: 'Tòa án nhân dân tối cao', en: "Supreme People's Court" },
  VKSNDTC: { system: 'state', vi: 'Viện kiểm sát nhân dân tối cao', en: "Supreme People's Procuracy" },
}

/** Party departments that prefix a committee code (`BTG` + `TW` = `BTGTW`). */
const PARTY_DEPARTMENTS: { readonly [code: string]: Label } = {
  BTG: { vi: 'Ban Tuyên giáo', en: 'Propaganda Commission' },
  BTGDV: { vi: 'Ban Tuyên giáo và Dân vận', en: 'Propaganda and Mass Mobilisation Commission' },
  BTC: { vi: 'Ban Tổ chức', en: 'Organisation Commission' },
  BDV: { vi: 'Ban Dân vận', en: 'Mass Mobilisation Commission' },
  BNC: { vi: 'Ban Nội chính', en: 'Internal Affairs Commission' },
  BKT: { vi: 'Ban Kinh tế', en: 'Economic Commission' },
  UBKT: { vi: 'Ủy ban Kiểm tra', en: 'Inspection Commission' },
  VP: { vi: 'Văn phòng', en: 'Office' },
}

/** Party committees a department code can end in, with their names as a genitive. */
const PARTY_COMMITTEES: { readonly [code: string]: Label } = {
  TW: { vi: 'Trung ương', en: 'of the Central Committee' },
  TU: { vi: 'Tỉnh ủy (Thành ủy)', en: 'of the provincial Party Committee' },
  HU: { vi: 'Huyện ủy', en: 'of the district Party Committee' },
  QU: { vi: 'Quận ủy', en: 'of the urban district Party Committee' },
  ThU: { vi: 'Thị ủy', en: 'of the town Party Committee' },
  ĐU: { vi: 'Đảng ủy', en: 'of the Party Committee' },
  ĐUK: { vi: 'Đảng ủy Khối', en: 'of the bloc Party Committee' },
}

function departmentIssuers(): { [code: string]: IssuerInfo } {
  const out: { [code: string]: IssuerInfo } = {}
  for (const [d, dl] of Object.entries(PARTY_DEPARTMENTS)) {
    for (const [c, cl] of Object.entries(PARTY_COMMITTEES)) {
      out[d + c] = { system: 'party', vi: `${dl.vi} ${cl.vi}`, en: `${dl.en} ${cl.en}` }
    }
  }
  out.VPTW = { system: 'party', vi: 'Văn phòng Trung ương Đảng', en: 'Central Party Office' }
  return out
}

/**
 * A province's departments (sở) mirror the ministries and write their code as the ministry's
 * with `S` for `B` (`SGDĐT`, Sở Giáo dục và Đào tạo; `SYT`, Sở Y tế); a district's bureaus
 * (phòng) mirror some of them with `P` (`PGDĐT`). Ministries with no department of their kind
 * in a province (Public Security, Defence, Foreign Affairs) give none.
 */
const MINISTRY_MIRRORS: readonly (readonly [ministry: string, bureau: boolean])[] = [
  ['BGDĐT', true],
  ['BTC', false],
  ['BYT', true],
  ['BNV', true],
  ['BTP', true],
  ['BCT', false],
  ['BXD', false],
  ['BKHĐT', false],
  ['BKHCN', false],
  ['BLĐTBXH', true],
  ['BNNPTNT', false],
  ['BTNMT', true],
  ['BNNMT', false],
  ['BGTVT', false],
  ['BVHTTDL', false],
  ['BTTTT', false],
]

function localDepartments(): { [code: string]: IssuerInfo } {
  const out: { [code: string]: IssuerInfo } = {}
  for (const [ministry, bureau] of MINISTRY_MIRRORS) {
    const info = ISSUERS[ministry]
    if (info === undefined) continue
    const field = info.vi.replace(/^Bộ /u, '')
    const fieldEn = info.en.replace(/^Ministry of /u, '')
    out[`S${ministry.slice(1)}`] = { system: 'state', vi: `Sở ${field}`, en: `Department of ${fieldEn}` }
    if (bureau) out[`P${ministry.slice(1)}`] = { system: 'state', vi: `Phòng ${field}`, en: `Bureau of ${fieldEn}` }
  }
  return out
}

const ALL_ISSUERS: { readonly [code: string]: IssuerInfo } = {
  ...departmentIssuers(),
  ...localDepartments(),
  ...ISSUERS,
}

/** The key an issuer spelling is looked up by: upper case, `Đ` as `D`, `Ư` as `W` (`TƯ` = `TW`). */
function issuerKey(code: string): string {
  // The scanner asks for every code it reads, nearly always in ASCII, where only case changes.
  let ascii = true
  for (let i = 0; i < code.length && ascii; i++) ascii = code.charCodeAt(i) < 0x80
  const upper = code.toUpperCase()
  return ascii ? upper : upper.replace(/[ĐÐ]/g, 'D').replace(/Ư/g, 'W')
}

const ISSUER_BY_KEY = new Map<string, string>(Object.keys(ALL_ISSUERS).map((code) => [issuerKey(code), code]))

const TERM_ISSUER = /^(UBTVQH|QH)(\d{1,2})$/

/**
 * The canonical spelling and system of a known issuer code written in any case, with or without
 * `Đ` (`du` is `ĐU`, `hdnd` is `HĐND`, `ttg` is `TTg`, `TƯ` is `TW`, `qh15` is `QH15`);
 * `null` for a code not in {@link ISSUERS}, its department codes (`BTGTU`, `UBKTTW`) or a
 * National Assembly term code. Plain `TU` stays `TU` (Tỉnh ủy): only `TƯ` with its horn is `TW`.
 */
export function canonicalIssuer(code: string): { code: string; system: DirectiveSystem } | null {
  const key = issuerKey(code)
  const known = ISSUER_BY_KEY.get(key)
  if (known !== undefined) return { code: known, system: ALL_ISSUERS[known]?.system ?? 'party' }
  const term = TERM_ISSUER.exec(key)
  if (term !== null && Number(term[2]) > 0) return { code: `${term[1]}${Number(term[2])}`, system: 'state' }
  return null
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

function roman(n: number): string {
  let out = ''
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits
      n -= value
    }
  }
  return out
}

/**
 * Vietnamese and English names for an issuer code: `TW` is the Central Committee, Politburo or
 * Secretariat; `BTGTU` the provincial Propaganda Commission; `QH15` the 15th National Assembly
 * (Quốc hội khóa XV); joint codes (`BTC-BYT`) join their parts' names. `null` when a part is
 * unknown.
 */
export function issuerLabel(code: string): Label | null {
  const parts = code.split('-')
  const labelsOfParts: Label[] = []
  for (const part of parts) {
    const known = canonicalIssuer(part)
    if (known === null) return null
    const term = TERM_ISSUER.exec(known.code)
    if (term !== null) {
      const n = Number(term[2])
      const body =
        term[1] === 'QH'
          ? { vi: 'Quốc hội', en: 'National Assembly' }
          : { vi: 'Ủy ban Thường vụ Quốc hội', en: 'Standing Committee of the National Assembly' }
      labelsOfParts.push({ vi: `${body.vi} khóa ${roman(n)}`, en: `${body.en}, term ${n}` })
      continue
    }
    const entry = ALL_ISSUERS[known.code]
    if (entry === undefined) return null
    labelsOfParts.push({ vi: entry.vi, en: entry.en })
  }
  return { vi: labelsOfParts.map((l) => l.vi).join(' – '), en: labelsOfParts.map((l) => l.en).join(' – ') }
}

/**
 * Issuing bodies as news names them (folded: no diacritics, lower case) and the issuer code
 * their documents carry, longest first so that `Ban Tuyên giáo Tỉnh ủy` wins over `Tỉnh ủy`.
 */
const BODIES: readonly (readonly [string, string])[] = (
  [
    ['ban chap hanh trung uong', 'TW'],
    ['bo chinh tri', 'TW'],
    ['ban bi thu', 'TW'],
    ['trung uong dang', 'TW'],
    ['van phong trung uong dang', 'VPTW'],
    ['quan uy trung uong', 'QUTW'],
    ['dang uy cong an trung uong', 'ĐUCATW'],
    ['ban tuyen giao va dan van trung uong', 'BTGDVTW'],
    ['ban tuyen giao trung uong', 'BTGTW'],
    ['ban to chuc trung uong', 'BTCTW'],
    ['ban dan van trung uong', 'BDVTW'],
    ['ban noi chinh trung uong', 'BNCTW'],
    ['ban kinh te trung uong', 'BKTTW'],
    ['uy ban kiem tra trung uong', 'UBKTTW'],
    ['ban tuyen giao tinh uy', 'BTGTU'],
    ['ban tuyen giao thanh uy', 'BTGTU'],
    ['ban tuyen giao va dan van tinh uy', 'BTGDVTU'],
    ['ban tuyen giao va dan van thanh uy', 'BTGDVTU'],
    ['ban to chuc tinh uy', 'BTCTU'],
    ['ban to chuc thanh uy', 'BTCTU'],
    ['ban dan van tinh uy', 'BDVTU'],
    ['ban dan van thanh uy', 'BDVTU'],
    ['uy ban kiem tra tinh uy', 'UBKTTU'],
    ['uy ban kiem tra thanh uy', 'UBKTTU'],
    ['ban thuong vu tinh uy', 'TU'],
    ['ban thuong vu thanh uy', 'TU'],
    ['ban chap hanh dang bo tinh', 'TU'],
    ['ban chap hanh dang bo thanh pho', 'TU'],
    ['tinh uy', 'TU'],
    ['thanh uy', 'TU'],
    ['ban thuong vu huyen uy', 'HU'],
    ['huyen uy', 'HU'],
    ['ban thuong vu quan uy', 'QU'],
    ['quan uy', 'QU'],
    ['ban thuong vu thi uy', 'ThU'],
    ['thi uy', 'ThU'],
    ['dang uy khoi', 'ĐUK'],
    ['ban thuong vu dang uy', 'ĐU'],
    ['dang uy', 'ĐU'],
    ['chi bo', 'CB'],
    ['ban can su dang', 'BCSĐ'],
    ['dang doan', 'ĐĐ'],
    ['chu tich nuoc', 'CTN'],
    ['thu tuong chinh phu', 'TTg'],
    ['thu tuong', 'TTg'],
    ['van phong chinh phu', 'VPCP'],
    ['chinh phu', 'CP'],
    ['uy ban nhan dan', 'UBND'],
    ['ubnd', 'UBND'],
    ['hoi dong nhan dan', 'HĐND'],
    ['hdnd', 'HĐND'],
    ['bo cong an', 'BCA'],
    ['bo quoc phong', 'BQP'],
    ['bo thong tin va truyen thong', 'BTTTT'],
    ['bo giao duc va dao tao', 'BGDĐT'],
    ['bo tai chinh', 'BTC'],
    ['bo y te', 'BYT'],
    ['bo noi vu', 'BNV'],
    ['bo tu phap', 'BTP'],
    ['bo cong thuong', 'BCT'],
    ['bo ngoai giao', 'BNG'],
    ['bo xay dung', 'BXD'],
    ['bo ke hoach va dau tu', 'BKHĐT'],
    ['bo khoa hoc va cong nghe', 'BKHCN'],
    ['bo lao dong - thuong binh va xa hoi', 'BLĐTBXH'],
    ['bo lao dong thuong binh va xa hoi', 'BLĐTBXH'],
    ['bo nong nghiep va phat trien nong thon', 'BNNPTNT'],
    ['bo tai nguyen va moi truong', 'BTNMT'],
    ['bo nong nghiep va moi truong', 'BNNMT'],
    ['bo giao thong van tai', 'BGTVT'],
    ['bo van hoa, the thao va du lich', 'BVHTTDL'],
    ['bo van hoa the thao va du lich', 'BVHTTDL'],
    ['bo dan toc va ton giao', 'BDTTG'],
    ['ngan hang nha nuoc', 'NHNN'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length)

const ASSEMBLY = /^(uy ban thuong vu quoc hoi|quoc hoi) khoa ([ivxl]+|\d{1,2})(?![a-z0-9])/

function fromRoman(text: string): number {
  const values: { [c: string]: number } = { i: 1, v: 5, x: 10, l: 50 }
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i] ?? ''] ?? 0
    const next = values[text[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * The issuer code for an issuing body named in text, so that `Chỉ thị 05 của Bộ Chính trị` can
 * be read as `05-CT/TW`: `Bộ Chính trị`, `Ban Bí thư` and `Ban Chấp hành Trung ương` give `TW`;
 * `Ban Tuyên giáo Trung ương` gives `BTGTW`; `Tỉnh ủy Quảng Ninh`, `Thành ủy Hải Phòng` give
 * `TU`; `Ủy ban nhân dân tỉnh ...` gives `UBND`; `Thủ tướng Chính phủ` gives `TTg`;
 * `Quốc hội khóa XV` gives `QH15`. The name must start with the body (words after it, such as a
 * place, are allowed); matching ignores case, diacritics and tone-mark placement. `null` when
 * the name is not a body with a fixed code (including `Quốc hội` without its term).
 */
export function issuerCodeForBody(name: string): string | null {
  const folded = foldWords(name)
  const assembly = ASSEMBLY.exec(folded)
  if (assembly !== null) {
    const termText = assembly[2] ?? ''
    const term = /\d/.test(termText) ? Number(termText) : fromRoman(termText)
    if (term <= 0) return null
    return `${assembly[1] === 'quoc hoi' ? 'QH' : 'UBTVQH'}${term}`
  }
  for (const [body, code] of BODIES) {
    if (folded.startsWith(body)) {
      const next = folded.charCodeAt(body.length)
      if (Number.isNaN(next) || !/[a-z0-9]/.test(String.fromCharCode(next))) return code
    }
  }
  return null
}

// What a folded name must start with for issuerCodeForBody to know it: a body's name, or what
// ASSEMBLY reads before the term; and every prefix of these.
const BODY_STARTS: readonly string[] = [
  ...BODIES.map(([body]) => body),
  'quoc hoi khoa ',
  'uy ban thuong vu quoc hoi khoa ',
]
const BODY_PREFIXES: ReadonlySet<string> = new Set(
  BODY_STARTS.flatMap((start) => Array.from({ length: start.length + 1 }, (_, i) => start.slice(0, i))),
)

// Answers of mayStartIssuingBody by word: a text opens names with the same few words again and again.
const FIRST_WORDS = new Map<string, boolean>()
const FIRST_WORDS_SIZE = 4096

/**
 * Whether a name that opens with `word` (a letter, digit or mark run, no white space before it)
 * may be one {@link issuerCodeForBody} knows: false only when it gives null for every such name,
 * so that a reader can skip the names that cannot be bodies without folding them whole. The name
 * folds to the folded word and then the rest (folding goes code point by code point, and a word
 * holds no lone surrogate), and closing up its white space keeps the folded word's own closed
 * form as its start; a known name starts with a body `B`, so that form and `B` agree up to the
 * shorter of the two.
 */
export function mayStartIssuingBody(word: string): boolean {
  const known = FIRST_WORDS.get(word)
  if (known !== undefined) return known
  const folded = foldWords(word)
  const may = BODY_PREFIXES.has(folded) || BODY_STARTS.some((start) => folded.startsWith(start))
  if (FIRST_WORDS.size >= FIRST_WORDS_SIZE) FIRST_WORDS.clear()
  FIRST_WORDS.set(word, may)
  return may
}

/** The names of the bodies that issue documents under an issuer code. */
export type IssuingBody = Label

const BODIES_BY_ISSUER: { readonly [code: string]: readonly IssuingBody[] } = {
  TW: [
    { vi: 'Ban Chấp hành Trung ương', en: 'Central Committee' },
    { vi: 'Bộ Chính trị', en: 'Politburo' },
    { vi: 'Ban Bí thư', en: 'Secretariat' },
  ],
  TU: [
    { vi: 'Tỉnh ủy', en: 'Provincial Party Committee' },
    { vi: 'Thành ủy', en: 'Municipal Party Committee' },
    { vi: 'Ban Thường vụ Tỉnh ủy', en: 'Standing Board of the Provincial Party Committee' },
    { vi: 'Ban Thường vụ Thành ủy', en: 'Standing Board of the Municipal Party Committee' },
  ],
  HU: [
    { vi: 'Huyện ủy', en: 'District Party Committee' },
    { vi: 'Ban Thường vụ Huyện ủy', en: 'Standing Board of the District Party Committee' },
  ],
  ĐU: [
    { vi: 'Đảng ủy', en: 'Party Committee' },
    { vi: 'Ban Thường vụ Đảng ủy', en: 'Standing Board of the Party Committee' },
  ],
}

/**
 * The bodies that issue documents under an issuer code. `TW` gives three: the Central
 * Committee, the Politburo and the Secretariat all write `/TW`, so the code alone does not name
 * the issuing body (records keep it in `issuingBody`, read from the text). `TU` is a provincial
 * or a municipal committee (or its standing board). Other known codes give their one body;
 * unknown codes give an empty list.
 */
export function issuingBodiesForIssuer(code: string): readonly IssuingBody[] {
  const known = canonicalIssuer(code)
  if (known === null) return []
  const many = BODIES_BY_ISSUER[known.code]
  if (many !== undefined) return many
  const label = issuerLabel(known.code)
  return label === null ? [] : [label]
}
