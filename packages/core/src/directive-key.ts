import { z } from 'zod'
import type { Directive } from './directive.ts'
import { type DirectiveCodeParts, DirectiveCodePartsSchema, formatDirectiveCode } from './directive-code.ts'
import { DirectiveSystemSchema, DocumentTypeSchema } from './document-types.ts'

/**
 * Identity of directives.
 *
 * A code alone can name two documents: Party numbering restarts with each committee term
 * (`01-NQ/TW` exists in every term) and State numbering without a year in the code restarts
 * each year (`1234/QĐ-TTg`); and every province's committees share `TU`, `UBND`, `HĐND`. So a
 * directive's key is its code's parts plus what dates it:
 *
 * - Party: `party:{issuer}:{type}:{number}`, then `@{issuedOn}` (`YYYY`, `YYYY-MM` or
 *   `YYYY-MM-DD`, as precise as known) or, without a date, `@t{term}`:
 *   `party:TW:NQ:35@2018-10-22`, `party:TU:NQ:28@2023`, `party:TW:CT:05@t12`, `party:TW:KL:01`.
 * - State with the year in the code: `state:{issuer}:{type}:{number}/{year}`, unique by itself
 *   (`state:CP:NĐ:13/2023`, `state:QH15:Luật:64/2025`); the issue date adds nothing.
 * - State without a year: `state:{issuer}:{type}:{number}@{issuedOn}` (`state:TTg:QĐ:749@2023-06-24`),
 *   or bare when undated.
 *
 * How a mention resolves: a key with a date or year names one directive. A bare code (no date,
 * no term) attaches to the one stored directive whose key has the same {@link directiveKeyBase};
 * when several do, the mention is ambiguous and the caller decides (vanban attaches it to the
 * newest and marks the citation ambiguous). Keys of one directive written with dates of
 * different precision (`@2018` and `@2018-10-22`) are {@link directiveKeysCompatible}.
 *
 * @module
 */

const ISSUED_ON = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/

/** What dates a directive beyond its code: its issue date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or its committee term. */
export const DirectiveKeyOptionsSchema = z.object({
  issuedOn: z.string().regex(ISSUED_ON, 'issuedOn is YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  term: z.number().int().min(1).max(99).optional(),
})

// What DirectiveKeyOptionsSchema accepts, or less: a missing field, or a string and a number of its forms.
function validKeyOptions(options: { issuedOn?: unknown; term?: unknown } | null): boolean {
  if (typeof options !== 'object' || options === null) return false
  const { issuedOn, term } = options
  if (issuedOn !== undefined && (typeof issuedOn !== 'string' || !ISSUED_ON.test(issuedOn))) return false
  return term === undefined || (typeof term === 'number' && Number.isInteger(term) && term >= 1 && term <= 99)
}

/** Options of {@link directiveKey}. */
export type DirectiveKeyOptions = z.infer<typeof DirectiveKeyOptionsSchema>

/**
 * The key without its date qualifier: `party:TW:NQ:35` for `35-NQ/TW`. Keys of directives that
 * share a code share this base.
 */
export function directiveKeyBase(parts: DirectiveCodeParts): string {
  const base = `${parts.system}:${parts.issuerCode}:${parts.type}:${parts.number}`
  return parts.year === undefined ? base : `${base}/${parts.year}`
}

/**
 * The canonical identity of a directive (see the module notes for the format):
 * `directiveKey(parseDirectiveCode('35-NQ/TW')!, { issuedOn: '2018-10-22' })` is
 * `party:TW:NQ:35@2018-10-22`. Throws a `RangeError` when `options` are malformed (an
 * `issuedOn` that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a term outside 1..99): those come
 * from validated records, so a bad one is a programming error.
 */
export function directiveKey(
  parts: DirectiveCodeParts,
  options: { issuedOn?: string | undefined; term?: number | undefined } = {},
): string {
  // Checked by hand first: every directive the extractor reads asks for its key, and the schema
  // is run only to say what is wrong.
  if (!validKeyOptions(options)) {
    const checked = DirectiveKeyOptionsSchema.safeParse(options)
    if (!checked.success) {
      throw new RangeError(`directiveKey: ${checked.error.issues.map((i) => i.message).join('; ')}`)
    }
  }
  const base = directiveKeyBase(parts)
  if (parts.year !== undefined) return base
  if (options.issuedOn !== undefined) return `${base}@${options.issuedOn}`
  if (options.term !== undefined && parts.system === 'party') return `${base}@t${options.term}`
  return base
}

/** The fields of a {@link Directive} that its code and its issue date decide. */
export type DirectiveIdentity = Pick<Directive, 'key' | 'code' | 'system' | 'type' | 'number' | 'year' | 'issuerCode'>

/**
 * The identity of the directive a parsed code names, keyed with `issuedOn` when it is known:
 * `directiveIdentity(parseDirectiveCode('35-NQ/TW')!, '2018-10-22')` has the key
 * `party:TW:NQ:35@2018-10-22`, code, system, type, number, year (null when the code has none)
 * and issuer code. The rest of a directive record (issue date, body, title) is the caller's.
 */
export function directiveIdentity(parts: DirectiveCodeParts, issuedOn?: string | null): DirectiveIdentity {
  return {
    key: directiveKey(parts, issuedOn ? { issuedOn } : {}),
    code: parts.code,
    system: parts.system,
    type: parts.type,
    number: parts.number,
    year: parts.year ?? null,
    issuerCode: parts.issuerCode,
  }
}

const KEY =
  /^(party|state):([^:@/]+):([^:@/]+):(\d{1,6}[a-z]?)(?:\/(\d{4}))?(?:@(?:(\d{4}(?:-\d{2}(?:-\d{2})?)?)|t(\d{1,2})))?$/

/** What a key holds: the code's parts and, when the key has them, the issue date or term. */
export const ParsedDirectiveKeySchema = z.object({
  parts: DirectiveCodePartsSchema,
  issuedOn: DirectiveKeyOptionsSchema.shape.issuedOn,
  term: DirectiveKeyOptionsSchema.shape.term,
})

/** A key taken apart by {@link parseDirectiveKey}. */
export type ParsedDirectiveKey = z.infer<typeof ParsedDirectiveKeySchema>

/**
 * The parts, issue date and term in a key made by {@link directiveKey}; `null` when the text is
 * not such a key (or names parts that make no valid code).
 */
export function parseDirectiveKey(key: string): ParsedDirectiveKey | null {
  const m = KEY.exec(key)
  if (m === null) return null
  const system = DirectiveSystemSchema.safeParse(m[1])
  const type = DocumentTypeSchema.safeParse(m[3])
  if (!system.success || !type.success || m[2] === undefined || m[4] === undefined) return null
  const fields = {
    system: system.data,
    type: type.data,
    number: m[4],
    issuerCode: m[2],
    ...(m[5] === undefined ? {} : { year: Number(m[5]) }),
  }
  const parts = DirectiveCodePartsSchema.safeParse({ ...fields, code: formatDirectiveCode(fields) })
  if (!parts.success) return null
  if (m[6] !== undefined) {
    const options = DirectiveKeyOptionsSchema.safeParse({ issuedOn: m[6] })
    return options.success ? { parts: parts.data, issuedOn: m[6] } : null
  }
  if (m[7] !== undefined) return { parts: parts.data, term: Number(m[7]) }
  return { parts: parts.data }
}

/**
 * Whether a key names a code and nothing more: no issue date, no term, and a code that carries no
 * year (`party:TW:NQ:35`). Such a key cannot tell two documents with the same code apart, so a
 * store attaches it to the one directive with that code (see the module notes). State codes with
 * their year (`state:CP:NĐ:13/2023`) are unique by themselves and are not bare.
 */
export function isBareDirectiveKey(key: string): boolean {
  const parsed = parseDirectiveKey(key)
  return (
    parsed !== null && parsed.issuedOn === undefined && parsed.term === undefined && parsed.parts.year === undefined
  )
}

/**
 * Whether two keys can name the same directive: the same base, and qualifiers that do not
 * contradict (one absent, or one date a prefix of the other: `@2018` and `@2018-10-22`).
 * A term and a date are compatible too, since the key does not know which term a date falls in.
 */
export function directiveKeysCompatible(a: string, b: string): boolean {
  const [baseA = '', qualA] = a.split('@')
  const [baseB = '', qualB] = b.split('@')
  if (baseA !== baseB) return false
  if (qualA === undefined || qualB === undefined) return true
  const termA = qualA.startsWith('t')
  const termB = qualB.startsWith('t')
  if (termA || termB) return termA && termB ? qualA === qualB : true
  return qualA.startsWith(qualB) || qualB.startsWith(qualA)
}
