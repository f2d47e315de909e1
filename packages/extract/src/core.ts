// TEMPORARY: until @vanban/core exports directive-code.ts, its ready modules are imported by
// path and the directive-code functions are stubbed here. Switch to '@vanban/core' when ready.
export * from '../../core/src/article.ts'
export * from '../../core/src/citation.ts'
export * from '../../core/src/directive-relation.ts'
export * from '../../core/src/directive.ts'
export * from '../../core/src/event-kind.ts'
export * from '../../core/src/event.ts'
export * from '../../core/src/extraction.ts'
export * from '../../core/src/organization.ts'
export * from '../../core/src/participation.ts'
export * from '../../core/src/partial-date.ts'
export * from '../../core/src/person.ts'
export * from '../../core/src/provenance.ts'
export * from '../../core/src/text.ts'
export * from '../../core/src/vietnamese-date.ts'

export type DirectiveCodeParts = {
  code: string
  system: 'party' | 'state'
  type: string
  number: string
  year?: number
  issuerCode: string
}
const fixD = (s: string) => s.replace(/^QD$/i, 'QĐ').replace(/^ND$/i, 'NĐ').replace(/^TU$/, 'TU')
export function parseDirectiveCode(text: string): DirectiveCodeParts | null {
  const t = text.normalize('NFC').replace(/\s+/g, '').replace(/–/g, '-')
  let m = /^(\d{1,4}[a-z]?)-([A-ZĐa-zđ]{1,5})[/-]([A-ZĐa-zđ0-9]{1,12})$/u.exec(t)
  if (m) {
    const type = fixD(m[2]!.toUpperCase()), issuer = m[3]!.toUpperCase()
    return { code: `${m[1]}-${type}/${issuer}`, system: 'party', type, number: m[1]!, issuerCode: issuer }
  }
  m = /^(\d{1,4})\/(\d{4})\/(QH\d{1,2})$/u.exec(t)
  if (m) return { code: t, system: 'state', type: 'Luật', number: m[1]!, year: Number(m[2]), issuerCode: m[3]! }
  m = /^(\d{1,4})\/(?:(\d{4})\/)?([A-ZĐa-zđ]{1,5})-([A-ZĐa-zđ0-9&]{1,12})$/u.exec(t)
  if (m) {
    const type = fixD(m[3]!.toUpperCase())
    const code = `${m[1]}/${m[2] ? m[2] + '/' : ''}${type}-${m[4]}`
    return m[2]
      ? { code, system: 'state', type, number: m[1]!, year: Number(m[2]), issuerCode: m[4]! }
      : { code, system: 'state', type, number: m[1]!, issuerCode: m[4]! }
  }
  return null
}
export function formatDirectiveCode(p: Omit<DirectiveCodeParts, 'code'>): string {
  return p.system === 'party' ? `${p.number}-${p.type}/${p.issuerCode}` : `${p.number}/${p.year ? p.year + '/' : ''}${p.type}-${p.issuerCode}`
}
export function directiveKey(p: DirectiveCodeParts, o: { issuedOn?: string | null; term?: string } = {}): string {
  return o.issuedOn ? `${p.code}@${o.issuedOn.slice(0, 4)}` : p.code
}
const BODIES: Record<string, string> = { 'bộ chính trị': 'TW', 'ban bí thư': 'TW', 'ban chấp hành trung ương': 'TW', 'trung ương': 'TW', 'ban tuyên giáo trung ương': 'BTGTW', 'chính phủ': 'CP', 'thủ tướng chính phủ': 'TTg' }
export function issuerCodeForBody(name: string): string | null {
  return BODIES[name.toLowerCase().replace(/\s+/g, ' ').trim()] ?? null
}
