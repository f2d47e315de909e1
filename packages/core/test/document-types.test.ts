import { describe, expect, it } from 'vitest'
import {
  canonicalIssuer,
  DOCUMENT_TYPE_WORDS,
  DOCUMENT_TYPES,
  DocumentTypeSchema,
  documentKindFromWord,
  documentTypeForKind,
  ISSUERS,
  IssuerCodeSchema,
  issuerCodeForBody,
  issuerLabel,
  issuingBodiesForIssuer,
  PartyDocumentTypeSchema,
  StateDocumentTypeSchema,
} from '../src/document-types.ts'

describe('document types', () => {
  it('every Party and State type code is a document type with labels for its system', () => {
    for (const type of PartyDocumentTypeSchema.options) expect(DOCUMENT_TYPES[type].systems).toContain('party')
    for (const type of StateDocumentTypeSchema.options) expect(DOCUMENT_TYPES[type].systems).toContain('state')
    expect(DocumentTypeSchema.options.length).toBe(Object.keys(DOCUMENT_TYPES).length)
  })

  it('QĐ is both Quy định and Quyết định; TT is Thông tư and Thông tri', () => {
    expect(DOCUMENT_TYPES.QĐ.vi).toEqual(['Quy định', 'Quyết định'])
    expect(DOCUMENT_TYPES.TT.vi).toEqual(['Thông tư', 'Thông tri'])
    expect(DOCUMENT_TYPES.NĐ).toMatchObject({ systems: ['state'], vi: ['Nghị định'], en: 'Decree' })
  })

  it.each([
    ['Quy định', 'regulation'],
    ['quy dinh', 'regulation'],
    ['Quyết định', 'decision'],
    ['QUYẾT ĐỊNH', 'decision'],
    ['Nghị quyết', 'resolution'],
    ['Nghị quyết liên tịch', 'joint_resolution'],
    ['Chỉ thị', 'directive'],
    ['Kết luận', 'conclusion'],
    ['Hướng dẫn', 'guidance'],
    ['Chương trình hành động', 'programme'],
    ['Thông tri', 'circular_letter'],
    ['Thông tư', 'circular'],
    ['Nghị định', 'decree'],
    ['Bộ luật', 'law'],
    ['Luật', 'law'],
    ['Pháp lệnh', 'ordinance'],
    ['Nghị quyết'.normalize('NFD'), 'resolution'],
  ] as const)('documentKindFromWord(%j) is %s', (word, kind) => {
    expect(documentKindFromWord(word)).toBe(kind)
  })

  it.each(['Ban Chỉ đạo', 'Nghị quyết số', 'Quy', ''])('documentKindFromWord(%j) is null', (word) => {
    expect(documentKindFromWord(word)).toBeNull()
  })

  it.each([
    ['regulation', 'party', 'QĐ'],
    ['regulation', 'state', 'QyĐ'],
    ['decision', 'party', 'QĐ'],
    ['directive', 'party', 'CT'],
    ['resolution', 'state', 'NQ'],
    ['decree', 'state', 'NĐ'],
    ['decree', 'party', null],
    ['circular', 'state', 'TT'],
    ['circular', 'party', null],
    ['circular_letter', 'party', 'TT'],
    ['law', 'state', 'Luật'],
  ] as const)('documentTypeForKind(%s, %s) is %s', (kind, system, type) => {
    expect(documentTypeForKind(kind, system)).toBe(type)
  })
})

describe('issuers', () => {
  it('every table code has a valid shape', () => {
    for (const code of Object.keys(ISSUERS)) expect(IssuerCodeSchema.safeParse(code).success, code).toBe(true)
  })

  it.each(['TW', 'BTGDVTW', 'TTg', 'QH15', 'HĐND', 'BTC-BYT', 'ThU'])('IssuerCodeSchema accepts %s', (code) => {
    expect(IssuerCodeSchema.safeParse(code).success).toBe(true)
  })

  it.each(['tw', 'TW/', '-TW', 'T W', ''])('IssuerCodeSchema rejects %j', (code) => {
    expect(IssuerCodeSchema.safeParse(code).success).toBe(false)
  })

  it.each([
    ['tw', 'TW', 'party'],
    ['TƯ', 'TW', 'party'],
    ['TU', 'TU', 'party'],
    ['du', 'ĐU', 'party'],
    ['CB', 'CB', 'party'],
    ['btgtw', 'BTGTW', 'party'],
    ['BTGDVTW', 'BTGDVTW', 'party'],
    ['UBKTTU', 'UBKTTU', 'party'],
    ['ttg', 'TTg', 'state'],
    ['hdnd', 'HĐND', 'state'],
    ['BGDDT', 'BGDĐT', 'state'],
    ['qh15', 'QH15', 'state'],
    ['UBTVQH14', 'UBTVQH14', 'state'],
  ] as const)('canonicalIssuer(%j) is %s (%s)', (raw, code, system) => {
    expect(canonicalIssuer(raw)).toEqual({ code, system })
  })

  // No department of Public Security or Defence in a province's list; no bureau of Finance's kind.
  it.each(['XYZ', 'QH0', 'NGAY', 'SCA', 'SQP', 'PTC'])('canonicalIssuer(%j) is null', (raw) => {
    expect(canonicalIssuer(raw)).toBeNull()
  })

  it.each([
    ['BTGTW', 'Ban Tuyên giáo Trung ương'],
    ['BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'],
    ['VPTW', 'Văn phòng Trung ương Đảng'],
    ['TTg', 'Thủ tướng Chính phủ'],
    ['QH15', 'Quốc hội khóa XV'],
    ['QH13', 'Quốc hội khóa XIII'],
    ['UBTVQH14', 'Ủy ban Thường vụ Quốc hội khóa XIV'],
    ['BTC-BYT', 'Bộ Tài chính – Bộ Y tế'],
    // A province's departments and a district's bureaus mirror the ministries' codes.
    ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
    ['SYT', 'Sở Y tế'],
    ['STNMT', 'Sở Tài nguyên và Môi trường'],
    ['PGDĐT', 'Phòng Giáo dục và Đào tạo'],
  ])('issuerLabel(%s) is %s', (code, vi) => {
    expect(issuerLabel(code)?.vi).toBe(vi)
  })

  it('issuerLabel is null for an unknown code', () => {
    expect(issuerLabel('XYZ')).toBeNull()
    expect(issuerLabel('UBND-XYZ')).toBeNull()
  })

  it('/TW is shared by the Central Committee, the Politburo and the Secretariat', () => {
    expect(issuingBodiesForIssuer('TW').map((b) => b.vi)).toEqual([
      'Ban Chấp hành Trung ương',
      'Bộ Chính trị',
      'Ban Bí thư',
    ])
    expect(issuingBodiesForIssuer('TU').map((b) => b.vi)).toContain('Thành ủy')
    expect(issuingBodiesForIssuer('BTGTW').map((b) => b.vi)).toEqual(['Ban Tuyên giáo Trung ương'])
    expect(issuingBodiesForIssuer('XYZ')).toEqual([])
  })

  it.each([
    ['Bộ Chính trị', 'TW'],
    ['Ban Bí thư', 'TW'],
    ['Ban Bí thư Trung ương Đảng', 'TW'],
    ['Ban Chấp hành Trung ương', 'TW'],
    ['Ban Chấp hành Trung ương Đảng khóa XIII', 'TW'],
    ['Ban Tuyên giáo Trung ương', 'BTGTW'],
    ['Ban Tuyên giáo và Dân vận Trung ương', 'BTGDVTW'],
    ['Văn phòng Trung ương Đảng', 'VPTW'],
    ['Ủy ban Kiểm tra Trung ương', 'UBKTTW'],
    ['Chính phủ', 'CP'],
    ['Thủ tướng Chính phủ', 'TTg'],
    ['Uỷ ban nhân dân tỉnh Quảng Ninh', 'UBND'],
    ['UBND thành phố Hà Nội', 'UBND'],
    ['Hội đồng nhân dân tỉnh', 'HĐND'],
    ['Tỉnh ủy Quảng Ninh', 'TU'],
    ['Thành ủy Hải Phòng', 'TU'],
    ['Ban Thường vụ Tỉnh uỷ', 'TU'],
    ['Ban Tuyên giáo Tỉnh ủy', 'BTGTU'],
    ['Huyện ủy Đông Anh', 'HU'],
    ['Thị ủy', 'ThU'],
    ['Đảng uỷ Khối các cơ quan tỉnh', 'ĐUK'],
    ['Đảng ủy xã', 'ĐU'],
    ['Chi bộ Trung tâm', 'CB'],
    ['chi bộ thôn Kon Klor', 'CB'],
    ['Quốc hội khóa XV', 'QH15'],
    ['Quốc hội khoá 13', 'QH13'],
    ['Ủy ban Thường vụ Quốc hội khóa XV', 'UBTVQH15'],
    ['Bộ Thông tin và Truyền thông', 'BTTTT'],
    ['Bộ Giáo dục và Đào tạo', 'BGDĐT'],
    ['bo cong an', 'BCA'],
  ])('issuerCodeForBody(%j) is %s', (name, code) => {
    expect(issuerCodeForBody(name)).toBe(code)
  })

  it.each(['Ban Chỉ đạo 35', 'Quốc hội', 'Tỉnh', 'Trung tâm Chính trị huyện', 'Chi bội', 'Chi cục Thuế', ''])(
    'issuerCodeForBody(%j) is null',
    (name) => {
      expect(issuerCodeForBody(name)).toBeNull()
    },
  )
})

describe('DOCUMENT_TYPE_WORDS: every type word, once', () => {
  it.each(DOCUMENT_TYPE_WORDS)('$word names $kind, read back by documentKindFromWord', ({ word, kind }) => {
    expect(documentKindFromWord(word)).toBe(kind)
    expect(documentKindFromWord(word.toUpperCase())).toBe(kind)
  })

  it.each(DOCUMENT_TYPE_WORDS.filter((w) => w.citedByNumber))('$word, cited by number, has type letters', (w) => {
    expect(documentTypeForKind(w.kind, 'party') ?? documentTypeForKind(w.kind, 'state')).not.toBeNull()
  })

  it('lists each word once, and a cited word before any cited word it starts', () => {
    const words = DOCUMENT_TYPE_WORDS.map((w) => w.word)
    expect(new Set(words).size).toBe(words.length)
    const cited = DOCUMENT_TYPE_WORDS.filter((w) => w.citedByNumber).map((w) => w.word)
    cited.forEach((word, i) => {
      for (const later of cited.slice(i + 1)) expect(later.startsWith(`${word} `), `${later} after ${word}`).toBe(false)
    })
  })
})
