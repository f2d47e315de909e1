import { type DirectiveRelationType, issuerCodeForBody, parseDirectiveCode } from '@vanban/core'
import type { ResolvedMention } from './directives.ts'
import type { Piece } from './sentences.ts'
import { unitClass } from './unit-class.ts'
import { DOCUMENT_TYPE_WORDS, sameType } from './vocabulary.ts'

/**
 * Relations between directives that a sentence states, read from the words that join two
 * mentions: `Hướng dẫn số 99-HD/BTGTW ... về thực hiện / hướng dẫn thực hiện Quy định số
 * 85-QĐ/TW` (guides), `Kết luận ... về tiếp tục thực hiện Chỉ thị 05` and `Kế hoạch ... thực
 * hiện Nghị quyết X` (implements), `sửa đổi, bổ sung` (amends), `thay thế` (replaces),
 * `đính chính` (corrects), in the active and the passive (`được sửa đổi, bổ sung ... bởi`).
 * Mentions joined by `và`, `với` or a semicolon are coordinated, not related.
 */
export type FoundRelation = {
  from: string
  type: DirectiveRelationType
  to: string
  start: number
  end: number
  sentence: Piece
}

// How a directive is carried out (`thực hiện nghiêm`, `thực hiện có hiệu quả`): words of the
// verb, not of what it names.
const MANNER = String.raw`(?:\s+(?:nghiêm túc|nghiêm|tốt|có hiệu quả|hiệu quả|quyết liệt|đồng bộ))?`
// `cụ thể hóa` is also spelt with the old tone placement, `cụ thể hoá`.
const CARRY_OUT = '(?:thực hiện|cụ thể (?:hóa|hoá)|triển khai|thi hành)'
// Between the first mention's tail and the second mention: the joining words.
// `về việc tổ chức học tập, quán triệt và triển khai thực hiện`: activities listed before the
// verb; `để`, `nhằm` (in order to) before them.
const IMPLEMENTS = new RegExp(
  String.raw`^[\s,]*(?:(?:về|về việc|để|nhằm)\s+)?(?:(?:tiếp tục|đẩy mạnh|tăng cường|tổ chức|nghiên cứu|học tập|quán triệt|tuyên truyền|phổ biến|triển khai)(?:\s*,\s*|\s+và\s+|\s+))*${CARRY_OUT}${MANNER}(?:\s+một số điều\s+(?:trong|của|tại))?\s*$`,
  'iu',
)
// `hướng dẫn (thực hiện)`, `về hướng dẫn thực hiện`: a guide's own words. A plain `về thực hiện`
// guides only when a guidance says it, and otherwise implements. A circular or decree guiding a
// law names the part it guides: `(quy định chi tiết và) hướng dẫn thi hành một số điều của`.
const GUIDES =
  /^[\s,]*(?:(?:về|về việc)\s+)?(?:quy định chi tiết(?:\s+một số điều)?\s+và\s+)?hướng dẫn(?:\s+(?:triển khai\s+)?(?:thực hiện|thi hành)(?:\s+(?:một số|các)\s+(?:điều|quy định|nội dung)(?:\s+và biện pháp thi hành)?\s+(?:của|tại|trong))?)?\s*$/iu
const PROGRAMME =
  /^[\s,]*(?:ban hành|về|về việc ban hành)\s+(?:Chương trình|Kế hoạch)(?:\s+hành động)?(?:\s+của\s+[^,;]{2,60}?)?\s+(?:triển khai\s+)?(?:thực hiện|triển khai)\s*$/iu
// `sửa đổi, bổ sung một số điều của Quy định ... ban hành kèm theo Quyết định X` amends X.
const AMENDS =
  /^[\s,]*(?:về\s+(?:việc\s+)?)?sửa đổi,?\s*(?:bổ sung\s+)?(?:một số điều(?:\s+của)?\s*)?(?:[^;.]{1,160}?\s(?:được\s+)?ban hành kèm theo\s*)?\s*$/iu
// `thay thế` right after the first (`X thay thế Y`, `X (thay thế Y)`), or after what stands
// between a document and the verb it is the subject of: its title (`Quy định 69 về kỷ luật ...,
// thay thế Quy định 102`), its coming out (`ra đời thay thế`, `được ban hành thay thế`) or its
// taking effect (`có hiệu lực từ ngày 15/4/2020, thay thế`).
const REPLACES =
  /^[\s,]*(?:\(\s*)?(?:(?:về\s[^;()]{1,200}?,|(?:ra đời|được ban hành|ban hành)(?:\s+để)?|có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+[^;()]{1,30}?(?:,|\s+và))\s*)?thay thế(?:\s+cho)?\s*$/iu
const CORRECTS = /^[\s,]*(?:về\s+(?:việc\s+)?)?đính chính\s*$/iu
// The passive, right after the first or in brackets after its title (`Nghị định số 123/2016/NĐ-CP
// ... quy định chức năng, nhiệm vụ (được sửa đổi, bổ sung bởi Nghị định số 101/2020/NĐ-CP)`), by
// `bởi`, `tại`, `theo` or `bằng`.
const PASSIVE_AMENDED =
  /^[\s,]*(?:[^;()]{0,200}?\(\s*)?(?:(?:vốn|đã|từng)\s+)*được\s+sửa đổi,?\s*(?:bổ sung\s+)?(?:một số điều\s+)?(?:bởi|tại|theo|bằng)\s*$/iu
// Or after its title with no bracket when `đã` marks it done (`Quyết định 119/QĐ-UBND bổ sung thủ
// tục hành chính đã được thay thế bởi Quyết định 366/QĐ-UBND`).
const PASSIVE_REPLACED =
  /^[\s,]*(?:[^;()]{0,200}?\(\s*(?:(?:vốn|đã)\s+)*|[^;(),.]{0,200}?\s(?:vốn|đã)\s+|(?:(?:vốn|đã)\s+)*)(?:được|bị)\s+thay thế\s+(?:bởi|bằng)\s*$/iu
// `Nghị quyết số 18-NQ/TW đã được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 45-KH/TU`: the second
// implements the first; who made it so may stand between.
const PASSIVE_IMPLEMENTED =
  /^[\s,]*(?:đã\s+)?được\s+(?:[^,;.]{2,60}?\s+)?(?:kịp thời\s+)?(?:cụ thể (?:hóa|hoá)|thể chế (?:hóa|hoá)|triển khai(?:\s+thực hiện)?)\s+(?:bằng|qua|thành)(?:\s+các)?\s*$/iu
// A sentence whose subject refers back to a document (`Luật thay thế Luật ...`, `Nghị định này sửa đổi`).
const ANAPHOR =
  /^(?:(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Quy định|Chỉ thị|Kết luận|Hướng dẫn|Văn bản)(?:\s+(mới|này|trên))?)\s+(?:có hiệu lực[^.;]{0,60}?\s+và\s+)?(thay thế|sửa đổi,?\s*bổ sung|đính chính)\s/u

// The term of the body that issued the first directive, left after its tail (`của Bộ Chính trị
// khóa XIII về tiếp tục thực hiện`), or the year its code is cited with (`Quy định 264-QĐ/TW năm
// 2025 sửa đổi`): no word of the relation.
const ISSUER_TERM = /^(?:[\s,]*(?:(?:khóa|khoá)\s+(?:[IVXLC]+|\d{1,2})|năm\s+\d{4})(?=[\s,]))+/u
const isGapUnit = unitClass(/^[\s,]$/u)

// The gap between two mentions with ISSUER_TERM's words taken off its start; only a gap whose
// first word opens with its `k` or `n` is read by the expression (most open with `và` or a verb).
function withoutIssuerTerm(gap: string): string {
  let p = 0
  while (p < gap.length && isGapUnit(gap.charCodeAt(p))) p++
  const c = gap.charCodeAt(p)
  return c === 0x6b || c === 0x6e ? gap.replace(ISSUER_TERM, '') : gap
}

function typeBetween(gap: string, fromType: string): DirectiveRelationType | null {
  if (GUIDES.test(gap) || (fromType === 'HD' && IMPLEMENTS.test(gap))) return 'guides'
  if (IMPLEMENTS.test(gap) || PROGRAMME.test(gap)) return 'implements'
  if (AMENDS.test(gap)) return 'amends'
  if (REPLACES.test(gap)) return 'replaces'
  if (CORRECTS.test(gap)) return 'corrects'
  return null
}

// After a related mention, what joins the next one to it as a second object of the same verb:
// its subject (`về ...`), then `và` or a comma (`thay thế Quy định 07 về ... và Quy định 102`).
const COORDINATED = /^(?:\s+về\s[^;:]{0,200}?)?[\s,]*(?:và|cùng)\s*$/iu
// `thực hiện Nghị quyết 18, Nghị quyết 19 và Kết luận 21`: a comma joins an object to the next
// when the list is closed by `và` before its last item; an open run of commas is no list of objects.
const LISTED = /^(?:\s+về\s[^;:]{0,200}?)?\s*,\s*$/u

const JOINED_ONLY = /^[\s,]*(?:(?:và|cùng)[\s,]*)?$/iu

// `Thực hiện A, Ban Thường vụ Tỉnh ủy đã ban hành B`: B implements A. A letter is cited as a
// document (`ban hành văn bản số 2817/BTTTT-CBC`), whose words are not the mention's.
const ISSUED_TO_IMPLEMENT = /^,\s+[^,;.]{2,80}?\s(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng)(?:\s+văn bản)?(?:\s+số)?\s*$/u
// The verb of an opening that carries a directive out: `Thực hiện`, `Triển khai thực hiện`, `Để
// triển khai thực hiện`, `Nhằm cụ thể hóa`.
const OPENING_VERB = String.raw`(?:(?:để|nhằm)\s+)?(?:(?:tiếp tục|triển khai)\s+)?${CARRY_OUT}${MANNER}`
const IMPLEMENTING_BEFORE = new RegExp(String.raw`(?:^|[\s,])${OPENING_VERB}\s+$`, 'iu')
// A sentence that opens with `Thực hiện` (after a time: `Năm 2011, thực hiện`) and lists what it
// implements; then the clause of the body that issued the plan, after the list's last comma:
// `Thực hiện A; B về ..., Ban Dân vận đã tham mưu Ban Thường vụ ban hành C`: C implements A and B.
const OPENS_IMPLEMENTING = new RegExp(String.raw`^(?:[^,;.]{0,30},\s*)?${OPENING_VERB}\s+$`, 'iu')
const ISSUER_CLAUSE =
  /,\s+[^,;.]{2,80}?\s(?:đã\s+|vừa\s+)?(?:tham mưu\s+[^,;.]{2,60}?\s+)?(?:ban hành|xây dựng)(?:\s+văn bản)?(?:\s+số)?\s*$/u
// A sentence of its own that only names what is implemented (`Thực hiện Kế hoạch số 78-KH/HU,
// ngày 24/11/2022 của Ban Thường vụ Huyện ủy.`), and the next that opens with the body issuing a
// plan (`Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU`): the plan implements what the first named.
const ISSUING_OPENING = /^[^,;.]{2,80}?\s(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng)(?:\s+văn bản)?(?:\s+số)?\s+$/u

/**
 * Finds relations in one sentence; `previous` is the last mention of the sentences before it,
 * `self` the code of the document the text is, if it is one.
 */
export function findRelations(
  sentence: Piece,
  mentions: ResolvedMention[],
  previous: ResolvedMention | undefined,
  implementedBefore: readonly ResolvedMention[] = [],
  self: string | null = null,
): FoundRelation[] {
  const text = sentence.text
  const found: FoundRelation[] = []
  const first = mentions[0]
  if (first !== undefined && ISSUING_OPENING.test(text.slice(0, first.start - sentence.start))) {
    for (const a of implementedBefore) {
      if (a.code !== first.code)
        found.push({ from: first.code, type: 'implements', to: a.code, start: first.start, end: first.end, sentence })
    }
  }
  // `Quy định này thay thế A và B`: before the pairs, so a second object joined to A takes it too.
  const anaphor = ANAPHOR.exec(text)
  // `Quyết định này` in a document's own text is that document, not the last one it cited.
  const subject = anaphor !== null && anaphor[1] === 'này' && self !== null ? self : previous?.code
  if (
    first !== undefined &&
    anaphor !== null &&
    subject !== undefined &&
    subject !== first.code &&
    first.start - sentence.start > anaphor[0].length - 2
  ) {
    const verb = anaphor[2]!.toLowerCase()
    const type: DirectiveRelationType = verb.startsWith('thay')
      ? 'replaces'
      : verb.startsWith('đính')
        ? 'corrects'
        : 'amends'
    found.push({ from: subject, type, to: first.code, start: sentence.start, end: first.end, sentence })
  }
  // Relations given to a second object by coordination, which a later relation may take back.
  const coordinated = new Set<FoundRelation>()
  // Read once, and only when a comma follows an object.
  let closed: boolean[] | undefined
  const listClosedFrom = (j: number): boolean => {
    if (closed === undefined) closed = closedLists(text, sentence.start, mentions)
    return closed[j] === true
  }
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!
    const b = mentions[k + 1]!
    if (a.code === b.code) continue
    const gap = withoutIssuerTerm(text.slice(a.tailEnd - sentence.start, b.start - sentence.start))
    // Mentions side by side (`A và B`, `A, B`) state no relation of their own: every verb
    // expression needs a word, so only coordination is asked about.
    const joinedOnly = JOINED_ONLY.test(gap)
    const joined = joinedOnly ? null : typeBetween(gap, a.type)
    if (joined !== null) {
      found.push({ from: a.code, type: joined, to: b.code, start: a.start, end: b.end, sentence })
      continue
    }
    const last = found[found.length - 1]
    if (
      last !== undefined &&
      last.to === a.code &&
      last.from !== b.code &&
      (COORDINATED.test(gap) || (LISTED.test(gap) && listClosedFrom(k + 1)))
    ) {
      found.push({ from: last.from, type: last.type, to: b.code, start: last.start, end: b.end, sentence })
      coordinated.add(found[found.length - 1]!)
      continue
    }
    if (joinedOnly) continue
    if (
      ISSUED_TO_IMPLEMENT.test(gap) &&
      IMPLEMENTING_BEFORE.test(text.slice(Math.max(0, a.start - sentence.start - 48), a.start - sentence.start))
    ) {
      found.push({ from: b.code, type: 'implements', to: a.code, start: a.start, end: b.end, sentence })
      continue
    }
    if (PASSIVE_IMPLEMENTED.test(gap))
      found.push({ from: b.code, type: 'implements', to: a.code, start: a.start, end: b.end, sentence })
    else if (PASSIVE_AMENDED.test(gap))
      found.push({ from: b.code, type: 'amends', to: a.code, start: a.start, end: b.end, sentence })
    else if (PASSIVE_REPLACED.test(gap))
      found.push({ from: b.code, type: 'replaces', to: a.code, start: a.start, end: b.end, sentence })
  }
  found.push(...implementedByIssued(sentence, mentions, found))
  if (previous !== undefined) found.push(...issuedUnderNamedBefore(sentence, mentions, previous))
  if (coordinated.size === 0) return found
  // `A thực hiện B và C thực hiện D`: C, with a relation of its own to another directive than
  // A's, is a second subject beside A, not a second object of A's verb. `Kết luận 156 về tiếp tục
  // thực hiện Nghị quyết 33 ... và Kết luận 76 về tiếp tục thực hiện Nghị quyết 33`: C, about
  // what A is about, is named in A's title.
  const targets = new Map<string, Set<string>>()
  for (const r of found) {
    const set = targets.get(r.from)
    if (set === undefined) targets.set(r.from, new Set([r.to]))
    else set.add(r.to)
  }
  // Each directive's targets once, whatever the number of times a sentence states them.
  const covered = (from: string, to: string) => {
    const mine = targets.get(from)
    for (const t of targets.get(to) ?? []) if (mine?.has(t) !== true) return false
    return true
  }
  return found.filter((r) => !coordinated.has(r) || covered(r.from, r.to))
}

// For each mention, whether the mentions from it on run as a list of objects, comma after comma,
// to one joined by `và` or `cùng` (`B, C và D`): one pass from the end, so a long run costs once.
function closedLists(text: string, offset: number, mentions: ResolvedMention[]): boolean[] {
  const closed = new Array<boolean>(mentions.length).fill(false)
  for (let j = mentions.length - 2; j >= 0; j--) {
    const gap = withoutIssuerTerm(text.slice(mentions[j]!.tailEnd - offset, mentions[j + 1]!.start - offset))
    closed[j] = COORDINATED.test(gap) || (LISTED.test(gap) && closed[j + 1]!)
  }
  return closed
}

/**
 * `Thực hiện A; B ..., <body> ban hành C`: C implements every directive the opening lists (not
 * those only named inside another's title, which another relation of the sentence already
 * reaches). Pairs {@link findRelations} found already are not repeated.
 */
function implementedByIssued(
  sentence: Piece,
  mentions: ResolvedMention[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const text = sentence.text
  const first = mentions[0]
  if (first === undefined || !OPENS_IMPLEMENTING.test(text.slice(0, first.start - sentence.start))) return []
  for (let k = 1; k < mentions.length; k++) {
    const gap = text.slice(mentions[k - 1]!.tailEnd - sentence.start, mentions[k]!.start - sentence.start)
    if (!ISSUER_CLAUSE.test(gap)) continue
    const issued = mentions[k]!
    const inner = new Set(found.map((r) => r.to))
    const out: FoundRelation[] = []
    for (const a of mentions.slice(0, k)) {
      if (a.code === issued.code || inner.has(a.code)) continue
      if (found.some((r) => r.from === issued.code && r.to === a.code) || out.some((r) => r.to === a.code)) continue
      out.push({ from: issued.code, type: 'implements', to: a.code, start: a.start, end: issued.end, sentence })
    }
    return out
  }
  return []
}

// `Quán triệt Chỉ thị của Bộ Chính trị, ...`: a sentence that opens by carrying out a document
// named by its type alone (`này`, `trên`, or its body after it), the one the sentence before cited.
const BACK_REFERENCE = new RegExp(
  String.raw`^(?:(?:để|nhằm)\s+)?(?:quán triệt|thực hiện|triển khai(?:\s+thực hiện)?|cụ thể (?:hóa|hoá))\s+(${DOCUMENT_TYPE_WORDS.map(([name]) => name).join('|')})(?:\s+(?:này|trên)|\s+của\s+([^,;.]{2,60}?))?\s*,\s`,
  'iu',
)
// `, Tỉnh ủy Nghệ An cũng đã ban hành ` right before a mention: a body issuing it.
const ISSUING_BEFORE = /,\s+\p{Lu}[^,;.]{1,80}?\s(?:cũng\s+)?(?:đã\s+|vừa\s+)?ban hành\s+$/u

/**
 * `Quán triệt Chỉ thị của Bộ Chính trị, Tỉnh ủy đã ban hành Thông tri số 13 ..., Đảng ủy Công an
 * tỉnh đã ban hành Hướng dẫn số 1592`: each document a body issues in the sentence implements the
 * one the opening names by its type, the last the sentence before cited (`previous`), when its type
 * and its body's issuer agree.
 */
function issuedUnderNamedBefore(
  sentence: Piece,
  mentions: ResolvedMention[],
  previous: ResolvedMention,
): FoundRelation[] {
  const first = mentions[0]
  if (first === undefined) return []
  const text = sentence.text
  const m = BACK_REFERENCE.exec(text.slice(0, Math.min(120, first.start - sentence.start)))
  if (m === null || !sameType(LETTERS_BY_NAME.get(m[1]!.toLowerCase().replace(/\s+/gu, ' ')) ?? '', previous.type))
    return []
  if (m[2] !== undefined && issuerCodeForBody(m[2]) !== parseDirectiveCode(previous.code)?.issuerCode) return []
  const out: FoundRelation[] = []
  let from = m[0].length - 2
  for (const b of mentions) {
    const at = b.start - sentence.start
    if (at >= from && b.code !== previous.code && ISSUING_BEFORE.test(text.slice(Math.max(from, at - 120), at)))
      out.push({ from: b.code, type: 'implements', to: previous.code, start: b.start, end: b.end, sentence })
    from = b.tailEnd - sentence.start
  }
  return out
}

// `..., Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức thực hiện như sau:`: the document itself
// is issued, named by its type alone.
// Or the body does what the document does, up to what it lists (`Ban Tuyên giáo Trung ương hướng
// dẫn công tác tuyên truyền ... như sau:`, `Ủy ban nhân dân tỉnh yêu cầu ... như sau:`).
const ISSUED_SELF =
  /^[^;]{0,300}?,\s+[^,;.]{2,80}?\s(?:(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng)\s+(?:Kế hoạch|Quyết định|Chương trình|Hướng dẫn|Chỉ thị|Nghị quyết|Thông tư|Quy định|Kết luận)(?=[\s:.]|$)[^\d;]*|(?:hướng dẫn|yêu cầu|chỉ thị|đề nghị)\s[^;.]{0,200}?\snhư sau\s*:?\s*)$/u

/**
 * `Thực hiện A ... và B ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức thực hiện như sau:`
 * in the text of a document (`self`, the code of its header or title): the document implements
 * what the opening lists, the directives named in their titles aside.
 */
export function implementedBySelf(sentence: Piece, mentions: ResolvedMention[], self: string): FoundRelation[] {
  const text = sentence.text
  const first = mentions[0]
  const last = mentions[mentions.length - 1]
  if (first === undefined || last === undefined) return []
  if (!OPENS_IMPLEMENTING.test(text.slice(0, first.start - sentence.start))) return []
  if (!ISSUED_SELF.test(text.slice(last.tailEnd - sentence.start))) return []
  const out: FoundRelation[] = []
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!
    const gap = k === 0 ? '' : text.slice(mentions[k - 1]!.tailEnd - sentence.start, a.start - sentence.start)
    // `Chỉ thị X về ... theo Nghị quyết Y`: Y is named in X's title.
    if (k > 0 && /^[\s,]*[“"]?\s*về\s/u.test(gap) && !/(?:^|\s)(?:và|cùng)\s*$|[,;]\s*$/u.test(gap)) continue
    if (a.code === self || out.some((r) => r.to === a.code)) continue
    out.push({ from: self, type: 'implements', to: a.code, start: a.start, end: a.end, sentence })
  }
  return out
}

// `văn bản` (a document) names a document of any type; the type words each name their own.
const ISSUED_TYPE_NAMES = ['văn bản', ...DOCUMENT_TYPE_WORDS.map(([name]) => name)]
const ISSUES_BY_TYPE = new RegExp(
  `(?:^|[,;:]\\s*)([^,;.]{2,80}?)\\s(?:đã\\s+|vừa\\s+)?ban hành\\s+(${ISSUED_TYPE_NAMES.join('|')})(?![\\p{L}\\p{N}])(?!\\s+số)`,
  'iu',
)
const LETTERS_BY_NAME = new Map(DOCUMENT_TYPE_WORDS)

/**
 * `..., UBND tỉnh Tuyên Quang ban hành Văn bản chỉ đạo các Sở ...` on the page of one document
 * (`self`, of type `selfType`): a sentence that names no directive and reports a body issuing a
 * document of that type, or a `văn bản`, by its type alone reports the page's own document
 * issued. The body and where it starts in the sentence; null for another sentence.
 */
export function issuesSelfByType(sentence: string, selfType: string): { body: string; at: number } | null {
  if (!sentence.includes('ban hành')) return null
  const m = ISSUES_BY_TYPE.exec(sentence)
  if (m === null) return null
  const name = m[2]!.toLowerCase().replace(/\s+/gu, ' ')
  const letters = LETTERS_BY_NAME.get(name)
  if (name !== 'văn bản' && (letters === undefined || !sameType(letters, selfType))) return null
  const body = m[1]!.trim()
  // A body's name opens with a capital (`UBND tỉnh`, `Ủy ban nhân dân`), not a clause's words.
  if (!/^\p{Lu}/u.test(body)) return null
  return { body, at: m.index + m[0].indexOf(m[1]!) }
}

// `Trên cơ sở ..., Viện kiểm sát nhân dân tối cao hướng dẫn công tác ... sau đây:`: the body does
// what the document does, up to what it lists, in a sentence of its own after the opening.
const DOES_SELFS_WORK =
  /(?:^|,\s*)(\p{Lu}[^,;.:]{1,80}?)\s(?:hướng dẫn|yêu cầu|chỉ thị|đề nghị)\s[^;.:]{0,300}?\s(?:như sau|sau đây)\s*:\s*$/u

/**
 * After a sentence of its own that names what the page's document carries out, the next that
 * reports its body doing the document's work (`hướng dẫn ... như sau:`): the body and where it starts.
 */
export function doesSelfsWork(sentence: string): { body: string; at: number } | null {
  if (!sentence.trimEnd().endsWith(':') || !sentence.includes('sau')) return null
  const m = DOES_SELFS_WORK.exec(sentence)
  if (m === null) return null
  return { body: m[1]!.trim(), at: m.index + m[0].indexOf(m[1]!) }
}
