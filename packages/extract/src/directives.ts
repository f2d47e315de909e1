import {
  type Directive,
  type DirectiveCodeParts,
  directiveIdentity,
  formatPartialDate,
  issuerCodeForBody,
  parseDirectiveCode,
} from '@vanban/core'
import { type DirectiveMention, sortByStart } from './directive-mentions.ts'
import { sameType, typeKey } from './vocabulary.ts'

/**
 * The directives an article cites, each once however it is spelled: a written code is the
 * directive; a short form (`Nghị quyết 35`) is the written code of the same type and number
 * when the article has one, or the code its issuing body implies (`Chỉ thị 05 của Bộ Chính
 * trị` is `05-CT/TW`, marked inferred); a short form with neither names nothing that can be
 * resolved and is dropped.
 */
export type ResolvedMention = DirectiveMention & { code: string; inferred: boolean }

/** Directives and the mentions resolved to them. */
export type ResolvedDirectives = { directives: Directive[]; mentions: ResolvedMention[] }

// Submissions (tờ trình) and reports (báo cáo) carry codes but direct nothing: the gold contract
// leaves them out.
const NOT_DIRECTIVES: ReadonlySet<string> = new Set(['TTr', 'BC'])

const numberKey = (n: string): string => n.replace(/^0+(?=\d)/u, '')
const sameNumber = (a: string, b: string) => numberKey(a) === numberKey(b)

// State documents whose code never carries a year, by type and issuer: the Government's
// resolutions other than normative ones, the Prime Minister's directives and telegrams (neither
// is a normative document). Their short form and body give the code (`Nghị quyết 27 của Chính
// phủ` is 27/NQ-CP); other State codes carry a year or a body-specific issuer a short form lacks.
const YEARLESS_STATE: ReadonlySet<string> = new Set(['NQ-CP', 'CT-TTg', 'CĐ-TTg'])

// Party documents can be inferred from their issuing body, and the State's yearless ones above.
function inferParts(m: DirectiveMention, issuer: string | null): DirectiveCodeParts | null {
  if (issuer === null) return null
  if (YEARLESS_STATE.has(`${m.type}-${issuer}`)) return parseDirectiveCode(`${m.number}/${m.type}-${issuer}`)
  const parts = parseDirectiveCode(`${m.number}-${m.type}/${issuer}`)
  return parts !== null && parts.system === 'party' ? parts : null
}

// A mention becomes its resolved self rather than a copy: an article may hold tens of
// thousands, and they live until its records are built. Each is resolved at most once.
function resolve(m: DirectiveMention, code: string, inferred: boolean): ResolvedMention {
  const r = m as ResolvedMention
  r.code = code
  r.inferred = inferred
  return r
}

// A directive as resolution builds it: its parts, whether they were inferred, where it is first
// mentioned, and every mention of it.
type Entry = { parts: DirectiveCodeParts; inferred: boolean; first: number; mentions: DirectiveMention[] }

/**
 * The document printed on the page is named by its number line (`Số: 1961/QĐ-UBND`). A mention
 * elsewhere (a site's title, `Quyết định số 1961/2019/QĐ-UBND`) whose code is that one with the
 * year the document was issued added is the same document, and takes the number line's code.
 * Only a yearless State code of the head, dated by the head, is looked for.
 */
export function adoptHeadCode(mentions: readonly DirectiveMention[], head: DirectiveCodeParts | null): void {
  if (head === null || head.system !== 'state' || head.year !== undefined) return
  const year = mentions.find((m) => m.parts?.code === head.code && m.issuedOn !== null)?.issuedOn?.year
  if (year === undefined) return
  for (const m of mentions) {
    const p = m.parts
    if (
      p !== null &&
      p.year === year &&
      p.system === 'state' &&
      p.type === head.type &&
      p.issuerCode === head.issuerCode &&
      sameNumber(p.number, head.number)
    )
      m.parts = head
  }
}

/** Resolves mentions (in text order) to the article's directives. */
export function resolveDirectives(mentions: DirectiveMention[]): ResolvedDirectives {
  const byCode = new Map<string, Entry>()
  const resolved: ResolvedMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.parts === null || NOT_DIRECTIVES.has(m.parts.type)) continue
    const entry = byCode.get(m.parts.code) ?? { parts: m.parts, inferred: false, first: m.start, mentions: [] }
    entry.mentions.push(m)
    byCode.set(m.parts.code, entry)
    resolved.push(resolve(m, m.parts.code, false))
  }
  // Written codes by type and number, each list in text order: a short form looks only at its own.
  const writtenByKey = new Map<string, Entry[]>()
  const keys = new Map<string, string>()
  const keyOf = (type: string, number: string): string => {
    const raw = `${type} ${number}`
    let key = keys.get(raw)
    if (key === undefined) {
      key = `${typeKey(type)} ${numberKey(number)}`
      keys.set(raw, key)
    }
    return key
  }
  for (const e of byCode.values()) {
    const key = keyOf(e.parts.type, e.parts.number)
    const same = writtenByKey.get(key)
    if (same === undefined) writtenByKey.set(key, [e])
    else same.push(e)
  }
  // An article names the same few bodies and short forms over and over: each is read once.
  const issuers = new Map<string, string | null>()
  const issuerOf = (body: string): string | null => {
    let code = issuers.get(body)
    if (code === undefined) {
      code = issuerCodeForBody(body)
      issuers.set(body, code)
    }
    return code
  }
  const inferred = new Map<string, DirectiveCodeParts | null>()
  // Directives known only from a short form and its issuing body, in the order first named.
  const implied: Entry[] = []
  // Short forms that named nothing resolvable by themselves.
  const deferred: DirectiveMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (m.parts !== null || m.type === '') continue
    const bodyIssuer = m.issuingBody === null ? (m.issuerHint ?? null) : issuerOf(m.issuingBody)
    // The nearest written code before the mention, else the first after it.
    let before: Entry | undefined
    let after: Entry | undefined
    for (const e of writtenByKey.get(keyOf(m.type, m.number)) ?? []) {
      if (bodyIssuer !== null && e.parts.issuerCode.toUpperCase() !== bodyIssuer.toUpperCase()) continue
      if (e.first <= m.start) {
        if (before === undefined || e.first > before.first) before = e
      } else if (after === undefined || e.first < after.first) after = e
    }
    const match = before ?? after
    if (match !== undefined) {
      match.mentions.push(m)
      resolved.push(resolve(m, match.parts.code, false))
      continue
    }
    const key = `${m.number} ${m.type} ${bodyIssuer}`
    let parts = inferred.get(key)
    if (parts === undefined) {
      parts = inferParts(m, bodyIssuer)
      inferred.set(key, parts)
    }
    if (parts === null) {
      // `Chỉ thị 21` after `Chỉ thị số 21 của Ban Bí thư`: the one the article named before.
      const named = implied.findLast(
        (e) => e.first <= m.start && sameType(e.parts.type, m.type) && sameNumber(e.parts.number, m.number),
      )
      if (named === undefined) {
        deferred.push(m)
        continue
      }
      named.mentions.push(m)
      resolved.push(resolve(m, named.parts.code, true))
      continue
    }
    const known = byCode.get(parts.code)
    const entry = known ?? { parts, inferred: true, first: m.start, mentions: [] }
    entry.mentions.push(m)
    byCode.set(parts.code, entry)
    if (known === undefined) implied.push(entry)
    resolved.push(resolve(m, parts.code, entry.inferred))
  }
  resolveByRelated(deferred, byCode, implied, resolved)
  const directives = [...byCode.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ parts, inferred, mentions: ms }): Directive => {
      // The date of the clause that reports the issuing, else the first a mention gives: two
      // documents may share a code (a re-issued `Chỉ thị số 35`), and the one issued is the subject.
      const { dated, issuingBody } = readOffMentions(ms)
      const issuedOn = dated === null ? null : formatPartialDate(dated)
      return {
        ...directiveIdentity(parts, issuedOn),
        issuedOn,
        issuingBody,
        title: null,
        inferred,
      }
    })
  sortByStart(resolved)
  return { directives, mentions: resolved }
}

// The date and body a directive takes from its mentions (see resolveDirectives), in one pass
// over them rather than one per field: a directive may be mentioned tens of thousands of times.
function readOffMentions(ms: readonly DirectiveMention[]): {
  dated: DirectiveMention['issuedOn']
  issuingBody: string | null
} {
  let issuing: DirectiveMention | undefined
  let dated: DirectiveMention | undefined
  let bodied: DirectiveMention | undefined
  for (let i = 0; i < ms.length && (issuing === undefined || bodied === undefined); i++) {
    const x = ms[i]!
    if (issuing === undefined && x.issuing === true) issuing = x
    if (dated === undefined && x.issuedOn !== null) dated = x
    if (bodied === undefined && x.issuingBody !== null) bodied = x
  }
  return { dated: (issuing ?? dated)?.issuedOn ?? null, issuingBody: bodied?.issuingBody ?? null }
}

/**
 * `Quy định số 368 thay thế Kết luận số 35 ... của Bộ Chính trị`: a Party document replaces or
 * amends one of its own issuer, so a short form with no issuer of its own, joined by such a verb
 * to a resolved Party directive, takes that issuer (marked inferred); later short forms of the
 * same type and number name it too.
 */
function resolveByRelated(
  deferred: readonly DirectiveMention[],
  byCode: Map<string, Entry>,
  implied: Entry[],
  resolved: ResolvedMention[],
): void {
  for (const m of deferred) {
    const related = m.relatedTo as ResolvedMention | undefined
    let entry = implied.findLast(
      (e) => e.first <= m.start && sameType(e.parts.type, m.type) && sameNumber(e.parts.number, m.number),
    )
    if (entry === undefined && related?.code !== undefined) {
      const partner = byCode.get(related.code)
      const parts = partner === undefined ? null : inferParts(m, partner.parts.issuerCode)
      if (parts !== null && !byCode.has(parts.code)) {
        entry = { parts, inferred: true, first: m.start, mentions: [] }
        byCode.set(parts.code, entry)
        implied.push(entry)
      }
    }
    if (entry === undefined) continue
    entry.mentions.push(m)
    resolved.push(resolve(m, entry.parts.code, true))
  }
}
