import { type Directive, directiveIdentity, type Extraction, parseDirectiveCode } from '@vanban/core'

/** The facts of a directive that an article may state besides its code, and the word it goes by. */
export interface DirectiveFactsRow {
  /** The document-type word articles put before the code: `Nghị quyết`, `Quy định`... */
  readonly document: string
  readonly issuedOn: NonNullable<Directive['issuedOn']>
  readonly issuingBody: NonNullable<Directive['issuingBody']>
  /** The subject as articles write it after the issuing body (`về ...`). */
  readonly title: NonNullable<Directive['title']>
}

/**
 * The one set of directive facts every hand-written fixture (the store's and the gateway's test
 * articles, the ingest benchmark) builds from, so that no two fixtures disagree on a directive.
 * They are the facts the extractor's fixture articles state, e.g. `Quy định số 85-QĐ/TW ngày
 * 07/10/2022 của Ban Bí thư về việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử
 * cá nhân trên Internet, mạng xã hội` (f04) and `Hướng dẫn số 99-HD/BTGTW ngày 20/3/2023 của Ban
 * Tuyên giáo Trung ương` (f04).
 */
export const DIRECTIVE_FACTS = {
  '35-NQ/TW': {
    document: 'Nghị quyết',
    issuedOn: '2018-10-22',
    issuingBody: 'Bộ Chính trị',
    title:
      'về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
  },
  '85-QĐ/TW': {
    document: 'Quy định',
    issuedOn: '2022-10-07',
    issuingBody: 'Ban Bí thư',
    title: 'về việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử cá nhân trên Internet, mạng xã hội',
  },
  '99-HD/BTGTW': {
    document: 'Hướng dẫn',
    issuedOn: '2023-03-20',
    issuingBody: 'Ban Tuyên giáo Trung ương',
    title: 'hướng dẫn thực hiện Quy định số 85-QĐ/TW',
  },
  '05-CT/TW': {
    document: 'Chỉ thị',
    issuedOn: '2016-05-15',
    issuingBody: 'Bộ Chính trị',
    title: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  },
  '13/2023/NĐ-CP': {
    document: 'Nghị định',
    issuedOn: '2023-04-17',
    issuingBody: 'Chính phủ',
    title: 'về bảo vệ dữ liệu cá nhân',
  },
} as const satisfies Record<string, DirectiveFactsRow>

/** A code {@link DIRECTIVE_FACTS} knows. */
export type KnownCode = keyof typeof DIRECTIVE_FACTS

/** A fact an article can state about a directive besides its code. */
export type DirectiveFact = 'issuedOn' | 'issuingBody' | 'title'

/** Every fact: what an article stating the directive in full gives. */
export const ALL_FACTS: readonly DirectiveFact[] = ['issuedOn', 'issuingBody', 'title']

/**
 * The directive an extraction holds when its article states `stated` of the directive's facts:
 * core's identity of the code, keyed with the issue date when the article states it (else the
 * bare key), the facts stated, and null for the rest.
 */
export function directiveRecord(code: KnownCode, stated: readonly DirectiveFact[]): Extraction['directives'][number] {
  const parts = parseDirectiveCode(code)
  if (parts === null) throw new Error(`DIRECTIVE_FACTS code ${code} does not parse`)
  const facts = DIRECTIVE_FACTS[code]
  const told = (fact: DirectiveFact) => (stated.includes(fact) ? facts[fact] : null)
  return {
    ...directiveIdentity(parts, told('issuedOn')),
    issuedOn: told('issuedOn'),
    issuingBody: told('issuingBody'),
    title: told('title'),
    inferred: false,
  }
}

/**
 * How an article cites the directive stating every fact:
 * `Quy định số 85-QĐ/TW ngày 7/10/2022 của Ban Bí thư về việc cán bộ, đảng viên...`.
 */
export function fullCitation(code: KnownCode): string {
  const facts = DIRECTIVE_FACTS[code]
  const [year, month, day] = facts.issuedOn.split('-').map(Number)
  return `${facts.document} số ${code} ngày ${day}/${month}/${year} của ${facts.issuingBody} ${facts.title}`
}
