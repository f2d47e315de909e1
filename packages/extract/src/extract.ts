import {
  type Citation,
  type CitationVerb,
  type Directive,
  type DirectiveCodeMatch,
  type Extraction,
  findDirectiveCodes,
  findVietnameseDates,
  formatPartialDate,
  normalizeTextReporting,
  type Organization,
  type PartialDate,
  type Participation,
  type Provenance,
  type Province,
  parseDateReference,
} from '@vanban/core'
import { fillPlenumBodies, type PlenumTitle } from './central-plenum.ts'
import { contentHash } from './content-hash.ts'
import { type DirectiveMention, findDirectiveMentions, sortByStart } from './directive-mentions.ts'
import { adoptHeadCode, type ResolvedMention, resolveDirectives } from './directives.ts'
import { dateClosedBySpan, dateFromContext, narrowQuarter } from './event-dates.ts'
import { fillOrganizers } from './event-organizer.ts'
import { fillPlaces } from './event-place.ts'
import {
  articleProvince,
  eventProvince,
  followedAtLinkPoint,
  mainPointProvince,
  placeAtNationalSitting,
} from './event-province.ts'
import { dateByOwnAnniversary, dateNamedYears, dateReviewsPastTheirYear, inferEventYears } from './event-years.ts'
import { type FoundEvent, findEvents } from './events.ts'
import { siteClockEnd } from './head-lines.ts'
import { addIssueDates } from './issue-dates.ts'
import { fillIssuingBodies } from './issuing-bodies.ts'
import { kept } from './lazy.ts'
import { collectOrganizations } from './organizations.ts'
import { findPeople, mergePeople, type PersonMention } from './people.ts'
import { doesSelfsWork, type FoundRelation, findRelations, implementedBySelf, issuesSelfByType } from './relations.ts'
import { CITING } from './rules/expressions.ts'
import { type Segments, segment } from './segment.ts'
import { groupByPiece, type Piece, pieceIndexAt, splitSentences } from './sentences.ts'
import { linkTypeNamed } from './type-named-links.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'

/** What the caller knows about an article besides its text. */
export type ArticleHints = {
  /** The page's address; kept when it is a valid URL. */
  url?: string | undefined
  /** The publishing site, used when the text names none (`TPO -`, `Theo baodanang.vn`). */
  source?: string | undefined
  /** The publication date, used when the text gives none: `2023-12-08`, `13/05/2024`, a `Date`. */
  publishedAt?: string | Date | undefined
}

// The verb nearest before a citation says what its sentence does with the directive.
function citationVerb(sentence: string, offset: number): CitationVerb {
  const before = sentence.slice(Math.max(0, offset - 80), offset)
  for (const [pattern, verb] of CITING) if (pattern.test(before)) return verb
  return 'mentions'
}

/** Index of the first span (sorted by start) that starts at or after `offset`; the length when none does. */
function firstIndexAtOrAfter(spans: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const firstAtOrAfter = <T extends { start: number }>(spans: readonly T[] | undefined, offset: number): T | undefined =>
  spans === undefined ? undefined : spans[firstIndexAtOrAfter(spans, offset)]

// One scan of the whole text for written codes; each piece (sorted, disjoint) reads the codes
// that lie wholly inside it. `markless` is what normalising the text told of it.
function mentionsIn(text: string, ordered: readonly Piece[], markless: boolean): DirectiveMention[] {
  const codes = findDirectiveCodes(text, { markless })
  const found: DirectiveMention[] = []
  let k = 0
  for (const piece of ordered) {
    while (k < codes.length && codes[k]!.start < piece.start) k++
    const inside: DirectiveCodeMatch[] = []
    for (; k < codes.length && codes[k]!.start < piece.end; k++) {
      const c = codes[k]!
      if (c.end <= piece.end) inside.push(c)
    }
    const inPiece = findDirectiveMentions(piece, inside)
    for (let i = 0; i < inPiece.length; i++) found.push(inPiece[i]!)
  }
  return found
}

function hintDate(value: string | Date | undefined): PartialDate | null {
  return value === undefined ? null : parseDateReference(value)
}

// An absolute http(s) address without white space; checked by shape so the package needs no
// DOM or Node types (the URL class belongs to neither ES2023 lib).
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/iu

function validUrl(url: string | undefined): string | null {
  return url !== undefined && HTTP_URL.test(url) ? url : null
}

function emptyExtraction(text: string, hints: ArticleHints): Extraction {
  const publishedAt = hintDate(hints.publishedAt)
  return {
    article: {
      title: null,
      publishedAt: publishedAt === null ? null : formatPartialDate(publishedAt),
      byline: null,
      url: validUrl(hints.url),
      source: hints.source !== undefined && hints.source.length > 0 ? hints.source : null,
      text,
      body: [],
      captions: [],
      contentHash: contentHash(text),
    },
    directives: [],
    events: [],
    organizations: [],
    people: [],
    citations: [],
    relations: [],
    participations: [],
  }
}

/**
 * What is known of an article from elsewhere than its text (a page's metadata, a feed), which
 * wins over what the text gives: the publication date is then also what year-less dates in the
 * text are read against.
 */
export type KnownFacts = {
  title?: string | undefined
  publishedAt?: PartialDate | undefined
  byline?: string | undefined
  url?: string | undefined
}

/**
 * One article to read: its text (normalised already), whether it holds no combining mark or
 * zero-width character (see normalizeTextReporting), and what is known of it besides.
 */
type ArticleInput = { text: string; markless: boolean; hints: ArticleHints; known: KnownFacts }

/** An article part-way through reading: its pieces, and what each stage has found so far. */
type Reading = ArticleInput & {
  seg: Segments
  published: PartialDate | null
  reference: string | undefined
  sentences: Piece[]
  ordered: Piece[]
  at: Locator
  written: DirectiveMention[]
  plenumTitles: PlenumTitle[]
  directives: Directive[]
  mentions: ResolvedMention[]
  mentionsBySentence: ResolvedMention[][]
  found: FoundEvent[]
  personMentions: PersonMention[]
  place: ArticlePlace
  records: Omit<Extraction, 'article' | 'directives'>
}

// Each stage runs over every article of a batch before the next stage starts. The rules are
// many, and one article read through all of them leaves little of any in the processor's caches
// for the next; stage by stage, each rule's code and tables stay warm (about 1.5x on a batch of
// 256 real pages). An article whose stage throws drops out of the batch (null) and is read as
// empty, as it was when read alone.
function eachArticle(readings: (Reading | null)[], stage: (reading: Reading) => void): void {
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i]
    if (reading === null || reading === undefined) continue
    try {
      stage(reading)
    } catch {
      readings[i] = null
    }
  }
}

// The article's pieces: segments, body sentences, every piece in text order, and where offsets stand.
function pieces(input: ArticleInput): Reading {
  const seg = segment(input.text)
  const published = input.known.publishedAt ?? seg.publishedAt ?? hintDate(input.hints.publishedAt)
  const sentences = seg.body.flatMap(splitSentences)
  const ordered = [...(seg.title === null ? [] : [seg.title]), ...seg.body, ...seg.captions].sort(
    (a, b) => a.start - b.start,
  )
  return {
    ...input,
    seg,
    published,
    reference: published === null ? undefined : formatPartialDate(published),
    sentences,
    ordered,
    at: locate(input.text, sentences, ordered),
    written: [],
    plenumTitles: [],
    directives: [],
    mentions: [],
    mentionsBySentence: [],
    found: [],
    personMentions: [],
    place: NOWHERE,
    records: { events: [], organizations: [], people: [], citations: [], relations: [], participations: [] },
  }
}

function readDirectives(r: Reading): void {
  addIssueDates(r.text, r.written, r.reference)
  r.plenumTitles = fillPlenumBodies(r.text, r.ordered, r.written)
  adoptHeadCode(r.written, r.seg.document?.code ?? null)
  const { directives, mentions } = resolveDirectives(r.written)
  r.directives = directives
  r.mentions = mentions
  r.mentionsBySentence = groupByPiece(r.sentences, mentions)
}

// With no publication date, a year the events' days do not write comes from the text's evidence.
// A site's clock over its banner is no part of the article's words.
function readEventYears(r: Reading): void {
  // Both readers date only events that have no date yet: most articles' events all have one, and
  // their site clock is not looked for.
  if (!r.found.some(undated)) return
  const yearSources = {
    text: r.text.slice(siteClockEnd(r.text)),
    title: r.seg.title,
    sentences: r.sentences,
    directives: r.directives,
  }
  if (r.reference === undefined) inferEventYears(r.found, yearSources)
  else if (r.published !== null) dateNamedYears(r.found, yearSources, r.published.year)
}

const undated = (e: FoundEvent): boolean => e.date === null

// Where an article's events stand, each read over the whole text: only when an event asks (see
// eventProvince), since most events are placed by their own place or organiser.
type ArticlePlace = { article: () => Province | null; mainPoint: () => Province | null; linkPoint: () => boolean }
const NOWHERE: ArticlePlace = { article: () => null, mainPoint: () => null, linkPoint: () => false }

function articlePlace(r: Reading): ArticlePlace {
  if (r.found.length === 0) return NOWHERE
  const reference = r.reference ?? null
  return {
    article: kept(() => articleProvince(r.text, reference)).value,
    mainPoint: kept(() => mainPointProvince(r.text, reference)).value,
    linkPoint: kept(() => followedAtLinkPoint(r.text)).value,
  }
}

function events(r: Reading): Extraction['events'] {
  const url = validUrl(r.known.url) ?? validUrl(r.hints.url)
  const { article, mainPoint, linkPoint } = r.place
  return eventRecords(r.found, r.at, url, r.reference ?? null, article, mainPoint, linkPoint)
}

function organizations(r: Reading): Organization[] {
  return collectOrganizations(
    [...r.found.map((e) => e.organizer), ...r.directives.map((d) => d.issuingBody)],
    r.reference ?? null,
  )
}

function citations(r: Reading): Citation[] {
  if (r.mentions.length === 0) return []
  const firstMentions = firstMentionOfEachCode(r.mentions)
  const verbOf = verbsOfMentions(r.at)
  const cited = articleCitations(firstMentions, r.at, verbOf)
  // Without events there are no event citations, and the body's mentions are not gathered for them.
  if (r.found.length === 0) return cited
  return [...cited, ...eventCitations(r.found, r.mentionsBySentence.flat(), firstMentions, r.at, verbOf)]
}

function relations(r: Reading): Extraction['relations'] {
  // Every relation joins resolved mentions (a plenum's title only those it names): a text that
  // cites nothing states none, and its sentences are not read for them.
  if (r.mentions.length === 0 && r.plenumTitles.length === 0) return []
  const relationAt = relationPieces(r.sentences, r.seg.captions)
  return relationRecords(
    relationAt,
    // Without captions the pieces are the body sentences, their mentions grouped already.
    relationAt === r.sentences ? r.mentionsBySentence : groupByPiece(relationAt, r.mentions),
    r.mentions,
    r.directives,
    selfDocument(r.text, r.seg.title, r.mentions),
    r.at,
    r.plenumTitles,
  )
}

// Reads articles stage by stage (see eachArticle); an article that fails anywhere is read as empty.
// The records are built to the schema's shape, and the tests validate every output against it
// (fixtures, corpora, random and hostile input); a schema run here would cost an eighth of the
// extraction.
function readArticles(inputs: readonly ArticleInput[]): Extraction[] {
  const readings: (Reading | null)[] = inputs.map(() => null)
  for (let i = 0; i < inputs.length; i++) {
    try {
      readings[i] = pieces(inputs[i]!)
    } catch {
      readings[i] = null
    }
  }
  eachArticle(readings, (r) => {
    r.written = mentionsIn(r.text, r.ordered, r.markless)
  })
  eachArticle(readings, readDirectives)
  eachArticle(readings, (r) => fillIssuingBodies(r.directives, r.mentions, r.ordered, r.seg.document))
  eachArticle(readings, (r) => {
    r.found = findEvents(r.sentences, r.mentionsBySentence, r.reference, r.seg.title, r.seg.sourcedLead)
  })
  eachArticle(readings, (r) => linkTypeNamed(r.found, r.sentences, r.mentions))
  eachArticle(readings, (r) => fillOrganizers(r.found, r.sentences, r.seg.title))
  eachArticle(readings, (r) => fillPlaces(r.found, r.sentences, r.reference ?? null))
  eachArticle(readings, (r) =>
    dateFromContext(r.found, { sentences: r.sentences, title: r.seg.title, reference: r.reference }),
  )
  eachArticle(readings, readEventYears)
  eachArticle(readings, (r) => dateReviewsPastTheirYear(r.found, r.sentences))
  eachArticle(readings, (r) => dateByOwnAnniversary(r.found, r.sentences))
  eachArticle(readings, (r) => dateClosedBySpan(r.found, r.sentences, r.reference))
  eachArticle(readings, (r) => narrowQuarter(r.found, r.sentences))
  eachArticle(readings, (r) => {
    r.personMentions = findPeople([...r.sentences, ...r.seg.captions])
  })
  // The records, each kind a stage of its own, in the order a lone article built them: the
  // relations may give a directive its body or date after the organisations were listed.
  eachArticle(readings, (r) => {
    r.place = articlePlace(r)
  })
  eachArticle(readings, (r) => {
    r.records.events = events(r)
  })
  eachArticle(readings, (r) => {
    r.records.organizations = organizations(r)
  })
  eachArticle(readings, (r) => {
    r.records.people = mergePeople(r.personMentions)
  })
  eachArticle(readings, (r) => {
    r.records.citations = citations(r)
  })
  eachArticle(readings, (r) => {
    r.records.relations = relations(r)
  })
  eachArticle(readings, (r) => {
    r.records.participations = participationRecords(r.found, r.personMentions, r.at)
  })
  return readings.map((r, i) => {
    if (r !== null) {
      try {
        const article = { ...articleRecord(r.text, r.hints, r.seg, r.published), ...knownArticleFields(r.known) }
        return { article, directives: r.directives, ...r.records }
      } catch {
        // read as empty below
      }
    }
    return emptyExtraction(inputs[i]!.text, {})
  })
}

/** Where things stand in an article: its body sentences, the piece around an offset, and provenance for a span. */
export type Locator = {
  text: string
  sentences: Piece[]
  sentenceOf: (at: number) => Piece | undefined
  provenance: (start: number, end: number, confidence: number) => Provenance
}

// A body sentence holds most offsets; a title or a caption the others.
export function locate(text: string, sentences: Piece[], ordered: Piece[]): Locator {
  const sentenceOf = (at: number): Piece | undefined =>
    sentences[pieceIndexAt(sentences, at)] ?? ordered[pieceIndexAt(ordered, at)]
  const provenance = (start: number, end: number, confidence: number): Provenance => ({
    span: { start, end },
    sentence: sentenceOf(start)?.text ?? text.slice(start, end),
    confidence,
  })
  return { text, sentences, sentenceOf, provenance }
}

// The article record: what the segments give, over what the hints give.
function articleRecord(
  text: string,
  hints: ArticleHints,
  seg: Segments,
  published: PartialDate | null,
): Extraction['article'] {
  const base = emptyExtraction(text, hints).article
  return {
    ...base,
    // A title printed over several lines (a document's trích yếu) is one line of words.
    title: seg.title === null ? null : seg.title.text.replace(/\s*\n\s*/gu, ' '),
    publishedAt: published === null ? null : formatPartialDate(published),
    byline: seg.byline,
    source: seg.source ?? base.source,
    body: seg.body.map((p) => p.text),
    captions: seg.captions.map((p) => p.text),
  }
}

// The fields of the article record that `known` gives.
function knownArticleFields(known: KnownFacts): Partial<Extraction['article']> {
  const fields: Partial<Extraction['article']> = {}
  if (known.title !== undefined && known.title.length > 0) fields.title = known.title
  if (known.byline !== undefined && known.byline.length > 0) fields.byline = known.byline
  const url = validUrl(known.url)
  if (url !== null) fields.url = url
  return fields
}

// Events as records, numbered `e1`, `e2`... in the order reported; each placed in a province
// read at its own date, else the article's.
function eventRecords(
  found: FoundEvent[],
  at: Locator,
  url: string | null,
  published: string | null,
  article: () => Province | null,
  mainPoint: () => Province | null,
  linkPoint: () => boolean,
): Extraction['events'] {
  const events = found.map((e, i) => {
    const date = e.date === null ? null : formatPartialDate(e.date)
    return {
      kind: e.kind,
      title: e.title,
      date,
      dateInferred: e.dateInferred,
      dateConfidence: e.date === null ? null : e.dateConfidence,
      partOfDay: e.date?.partOfDay ?? null,
      organizer: e.organizer,
      location: e.location,
      province: eventProvince(e, url, date ?? published, article, mainPoint, linkPoint),
      directives: e.directives,
      provenance: at.provenance(e.span.start, e.span.end, e.confidence),
      id: `e${i + 1}`,
    }
  })
  placeAtNationalSitting(events, published)
  return events
}

// The sentences relations are read in: the body's and the captions' (a last paragraph cut short
// is taken for a caption, and states relations as well), in text order.
function relationPieces(sentences: Piece[], captions: Piece[]): Piece[] {
  if (captions.length === 0) return sentences
  // Two runs, each mostly in order already: merged as the stable sort by start would order them.
  const pieces = sentences.concat(captions.flatMap(splitSentences))
  sortByStart(pieces)
  return pieces
}

const HEADER_NUMBER_LABEL = /(?:^|\n)[ \t]*Số\s*:\s*$/u

// Whether `:` and white space end the 16 units before `at`, as HEADER_NUMBER_LABEL's match does:
// most mentions follow other words, and need neither a copy nor the expression.
function colonBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 16)
  let p = at
  while (p > from && isWhiteUnit(text.charCodeAt(p - 1))) p--
  return p > from && text.charCodeAt(p - 1) === 0x3a
}

// The document an article is the text of: the code after its header's `Số:`, else the code its
// title opens with (`Thông tư 06/2019/TT-BTTTT`, `KẾT LUẬN 127-KL/TW ...`), else the one a page
// says it reprints in full (`xin giới thiệu toàn văn Kết luận số 127-KL/TW`, `xin trích nguyên
// Hướng dẫn số 12-HD/BTGTW ...`); null for a news story.
export function selfDocument(text: string, title: Piece | null, mentions: ResolvedMention[]): ResolvedMention | null {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (
      m.parts !== null &&
      colonBefore(text, m.start) &&
      HEADER_NUMBER_LABEL.test(text.slice(Math.max(0, m.start - 16), m.start))
    )
      return m
  }
  const first = title === null ? undefined : mentions.find((m) => m.start >= title.start && m.end <= title.end)
  if (
    title !== null &&
    first !== undefined &&
    first.parts !== null &&
    (first.start === title.start || DOCUMENT_WORD.test(title.text.slice(0, first.start - title.start)))
  )
    return first
  return (
    mentions.find(
      (m) =>
        m.parts !== null &&
        mayFollowReprinted(text, m.start) &&
        REPRINTED.test(text.slice(Math.max(0, m.start - 24), m.start)),
    ) ?? null
  )
}

// `Văn bản số 1220/UBND-KGVX về việc ...`: a title that opens with `văn bản` (a document of any
// type) and its code names the page's document as one opening with its type name does.
const DOCUMENT_WORD = /^\s*văn bản\s+(?:số\s*)?$/iu

// The words that say a page gives a document's whole text: `toàn văn`, `trích nguyên (văn)`, `nguyên văn`.
const REPRINTED = /(?:^|\s)(?:toàn văn|trích nguyên(?:\s+văn)?|nguyên văn)\s+$/iu
// The letter REPRINTED's words end with, in either case.
const REPRINTED_LAST = unitClass(/^n$/iu)

// Whether white space and, before it, REPRINTED's last letter end the 24 units before `at`, as
// its match needs: most mentions follow other words, and need neither a copy nor the expression.
function mayFollowReprinted(text: string, at: number): boolean {
  const from = Math.max(0, at - 24)
  let p = at
  while (p > from && isWhiteUnit(text.charCodeAt(p - 1))) p--
  return p < at && p > from && REPRINTED_LAST(text.charCodeAt(p - 1))
}

// The page's own document, issued in a sentence that names it by type (`Ngày 03/5/2021, UBND
// tỉnh Tuyên Quang ban hành Văn bản ...`): the body, and the date right before it, are its own
// when nothing else gave them.
function selfIssued(
  directives: readonly Directive[],
  code: string,
  sentence: Piece,
  issuing: { body: string; at: number },
): void {
  const d = directives.find((x) => x.code === code)
  if (d === undefined) return
  if (d.issuingBody === null) d.issuingBody = issuing.body
  if (d.issuedOn !== null) return
  const before = sentence.text.slice(Math.max(0, issuing.at - 30), issuing.at)
  const date = /[Nn]gày\s+[\d/]{3,10},?\s*$/u.exec(before)
  const read = date === null ? undefined : findVietnameseDates(date[0])[0]
  if (read !== undefined && read.date.precision === 'day') d.issuedOn = formatPartialDate(read.date)
}

// A directive cannot implement, guide, amend or replace one issued after it.
function inOrder(from: string, to: string, issued: ReadonlyMap<string, string | null>): boolean {
  const a = issued.get(from) ?? null
  const b = issued.get(to) ?? null
  return a === null || b === null || b.length !== a.length || b <= a
}

// The relations the sentences state, each once; a sentence may refer to the last directive the
// sentence before cited, or the title's, or the document's own. `mentionsByPiece[i]` are the
// mentions inside `pieces[i]`.
export function relationRecords(
  pieces: Piece[],
  mentionsByPiece: ResolvedMention[][],
  mentions: ResolvedMention[],
  directives: readonly Directive[],
  self: ResolvedMention | null,
  at: Locator,
  plenumTitles: readonly PlenumTitle[] = [],
): Extraction['relations'] {
  const issued = new Map(directives.map((d) => [d.code, d.issuedOn]))
  const relations: Extraction['relations'] = []
  const seenRelations = new Set<string>()
  // A guidance whose title names a plenum's resolutions guides those the text names; another
  // document carries them out.
  for (const { document, members } of plenumTitles) {
    const from = (document as ResolvedMention).code
    if (from === undefined) continue
    const type = document.type === 'HD' ? 'guides' : 'implements'
    for (const m of members) {
      const to = (m as ResolvedMention).code
      const key = `${from} ${type} ${to}`
      if (to === undefined || to === from || seenRelations.has(key) || !inOrder(from, to, issued)) continue
      seenRelations.add(key)
      relations.push({ from, type, to, provenance: at.provenance(document.start, document.end, 0.7) })
    }
  }
  const firstBody = pieces[0]?.start ?? Number.POSITIVE_INFINITY
  let previous: ResolvedMention | undefined = mentions.findLast((m) => m.end <= firstBody) ?? self ?? undefined
  // The directives a sentence of its own said were being implemented (`Thực hiện Kế hoạch số
  // 78-KH/HU, ngày ... của Ban Thường vụ Huyện ủy.`), for the sentence after it.
  let implemented: ResolvedMention[] = []
  // What the last `Thực hiện ...` sentence named, kept over the sentences after it that name no
  // directive, for the one that reports the page's own document issued by its type alone.
  let implementedOpen: ResolvedMention[] = []
  let since = 0
  for (let i = 0; i < pieces.length; i++) {
    const s = pieces[i]!
    const inSentence = mentionsByPiece[i] ?? []
    // A sentence that names no directive states no relation between its mentions (most name none).
    const found = inSentence.length === 0 ? [] : findRelations(s, inSentence, previous, implemented, self?.code ?? null)
    if (self !== null && inSentence.length > 0) found.push(...implementedBySelf(s, inSentence, self.code))
    if (self !== null && inSentence.length === 0 && implementedOpen.length > 0) {
      const issuing = issuesSelfByType(s.text, self.type) ?? doesSelfsWork(s.text)
      if (issuing !== null) {
        for (const a of implementedOpen)
          if (a.code !== self.code)
            found.push({ from: self.code, type: 'implements', to: a.code, start: a.start, end: a.end, sentence: s })
        selfIssued(directives, self.code, s, issuing)
        implementedOpen = []
      }
    }
    if (inSentence.length > 0) {
      implementedOpen = namesWhatIsImplemented(s, inSentence) ? inSentence : []
      since = 0
    } else if (++since > 3) implementedOpen = []
    let last: FoundRelation | undefined
    for (const r of found) {
      // The same relation stated again right after (a list of sentences' worth of mentions) is
      // answered as it was: added once, or out of order.
      if (last !== undefined && r.from === last.from && r.type === last.type && r.to === last.to) continue
      last = r
      const key = `${r.from} ${r.type} ${r.to}`
      if (seenRelations.has(key) || !inOrder(r.from, r.to, issued)) continue
      seenRelations.add(key)
      relations.push({ from: r.from, type: r.type, to: r.to, provenance: at.provenance(r.start, r.end, 0.8) })
    }
    previous = inSentence[inSentence.length - 1] ?? previous
    implemented = implementingOnly(s, inSentence)
  }
  return relations
}

// The mentions of a sentence that is only `Thực hiện` and what it names (the directives, their
// dates and bodies, the last one's title when it has no comma, where a clause of its own would
// begin); none for any other sentence.
const IMPLEMENTING_ONLY_TAIL = /^(?:\s+về\s[^,;:.]*)?[\s.;:]*$/u
function implementingOnly(sentence: Piece, mentions: ResolvedMention[]): ResolvedMention[] {
  const last = mentions[mentions.length - 1]
  if (last === undefined || !/^[Tt]hực hiện\s/u.test(sentence.text)) return []
  return IMPLEMENTING_ONLY_TAIL.test(sentence.text.slice(last.tailEnd - sentence.start)) ? mentions : []
}

// `Thực hiện A ...; B ... về ... phòng, chống dịch COVID-19.`: a sentence that opens with what is
// carried out and goes on with no clause of a body of its own (no comma before a capital after
// the last directive), whose subject a later sentence gives.
function namesWhatIsImplemented(sentence: Piece, mentions: ResolvedMention[]): boolean {
  const last = mentions[mentions.length - 1]
  if (last === undefined || !/^[Tt]hực hiện\s/u.test(sentence.text)) return false
  return !/[,;:]\s*\p{Lu}/u.test(sentence.text.slice(last.tailEnd - sentence.start))
}

// The first mention of each directive, in the order first cited.
function firstMentionOfEachCode(mentions: ResolvedMention[]): Map<string, ResolvedMention> {
  const firstMention = new Map<string, ResolvedMention>()
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (!firstMention.has(m.code)) firstMention.set(m.code, m)
  }
  return firstMention
}

// The verb of the sentence around a mention (see citationVerb), read once per mention: an
// article's first mention of a directive is cited by the article and often again by its events.
export function verbsOfMentions(at: Locator): (m: ResolvedMention) => CitationVerb {
  const verbs = new Map<ResolvedMention, CitationVerb>()
  return (m) => {
    let verb = verbs.get(m)
    if (verb === undefined) {
      const s = at.sentenceOf(m.start)
      verb = s === undefined ? 'mentions' : citationVerb(s.text, m.start - s.start)
      verbs.set(m, verb)
    }
    return verb
  }
}

// One citation of each directive by the article, at its first mention; a short form whose
// code was inferred is less sure than a written code.
function articleCitations(
  firstMentions: Map<string, ResolvedMention>,
  at: Locator,
  verbOf: (m: ResolvedMention) => CitationVerb,
): Citation[] {
  const citations: Citation[] = []
  for (const [code, m] of firstMentions) {
    const confidence = m.inferred ? 0.6 : m.parts === null ? 0.8 : 0.95
    citations.push({
      directive: code,
      event: null,
      verb: verbOf(m),
      inferred: m.inferred,
      provenance: at.provenance(m.start, m.end, confidence),
    })
  }
  return citations
}

// One citation of each of an event's directives, at its first body mention from the event's
// sentence on (the article's first mention when none follows); a review reviews them all.
export function eventCitations(
  found: FoundEvent[],
  bodyMentions: ResolvedMention[],
  firstMentions: Map<string, ResolvedMention>,
  at: Locator,
  verbOf: (m: ResolvedMention) => CitationVerb,
): Citation[] {
  const citations: Citation[] = []
  // Body mentions of each code in text order, so an event finds its first one by binary search.
  const bodyByCode = new Map<string, ResolvedMention[]>()
  for (let i = 0; i < bodyMentions.length; i++) {
    const m = bodyMentions[i]!
    const list = bodyByCode.get(m.code)
    if (list === undefined) bodyByCode.set(m.code, [m])
    else list.push(m)
  }
  found.forEach((e, i) => {
    const from = at.sentences[e.sentence]?.start ?? 0
    for (const code of e.directives) {
      const m = firstAtOrAfter(bodyByCode.get(code), from) ?? firstMentions.get(code)
      if (m === undefined) continue
      const verb = e.kind === 'review' ? 'reviews' : verbOf(m)
      citations.push({
        directive: code,
        event: `e${i + 1}`,
        verb,
        inferred: m.inferred,
        provenance: at.provenance(m.start, m.end, 0.75),
      })
    }
  })
  return citations
}

// People named in body sentences, in text order; each event takes those up to the next event,
// each person once.
function participationRecords(found: FoundEvent[], personMentions: PersonMention[], at: Locator): Participation[] {
  // Each participation is an event's: without events, the people are not sorted for them.
  if (found.length === 0) return []
  const { sentences, text } = at
  const bodyPeople = personMentions
    .filter((p) => pieceIndexAt(sentences, p.start) >= 0)
    .sort((a, b) => a.start - b.start)
  const participations: Participation[] = []
  found.forEach((e, i) => {
    const from = sentences[e.sentence]?.start ?? 0
    const next = found[i + 1]
    const to = next === undefined ? text.length : (sentences[next.sentence]?.start ?? text.length)
    const seen = new Set<string>()
    for (let k = firstIndexAtOrAfter(bodyPeople, from); k < bodyPeople.length; k++) {
      const p = bodyPeople[k]!
      if (p.start >= to) break
      if (seen.has(p.name)) continue
      seen.add(p.name)
      participations.push({
        person: p.name,
        event: `e${i + 1}`,
        roles: p.roles,
        provenance: at.provenance(p.start, p.end, 0.6),
      })
    }
  })
  return participations
}

/**
 * Reads one scraped article into vanban's records: the article (title, publication date,
 * byline, source, body paragraphs and captions apart, site text dropped), the directives it
 * cites (each once, however spelled), the events it reports with their directives, organisers
 * and participants, the relations between directives that it states, the people it names with
 * their roles, and a provenance (span into `article.text`, sentence, confidence) for every
 * citation, event, relation and participation.
 *
 * `article.text` is `normalizeText(text)`. Never throws: empty, foreign or hostile input gives
 * an article with empty lists. The result always satisfies `ExtractionSchema`.
 */
export function extractArticle(text: string, hints: ArticleHints = {}): Extraction {
  return extractKnowing(text, hints, {})
}

/**
 * {@link extractArticle}, with facts known from elsewhere (a page's metadata) that win over the
 * text's: the HTML path's way into the text path.
 */
export function extractKnowing(text: string, hints: ArticleHints, known: KnownFacts): Extraction {
  return readArticles([toRead(text, hints, known)])[0]!
}

/** An article for {@link extractArticles}: its scraped text, and what the caller knows of it besides. */
export type ArticleToRead = { text: string; hints?: ArticleHints | undefined }

// Articles read together at most: enough for every stage's rules to stay warm, few enough that
// what the stages hold between them stays small.
const BATCH_ARTICLES = 256
const BATCH_CHARS = 4 * 1024 * 1024

/**
 * {@link extractArticle} over many articles, the same extraction for each, in the order given:
 * faster than one call per article (about 1.5x on real pages) since each stage of reading runs
 * over a batch of articles before the next stage starts. Articles are read in batches of at most
 * 256 articles or 4 MB of text. Never throws: an article that cannot be read gives an article
 * with empty lists, as `extractArticle` would, and the others are read as usual.
 */
export function extractArticles(articles: Iterable<string | ArticleToRead>): Extraction[] {
  const out: Extraction[] = []
  let batch: ArticleInput[] = []
  let chars = 0
  for (const article of articles) {
    // A caller without types may give anything: what is not an article object is read as its text.
    const input =
      typeof article === 'object' && article !== null
        ? toRead(article.text, article.hints ?? {}, {})
        : toRead(article, {}, {})
    batch.push(input)
    chars += input.text.length
    if (batch.length >= BATCH_ARTICLES || chars >= BATCH_CHARS) {
      for (const extraction of readArticles(batch)) out.push(extraction)
      batch = []
      chars = 0
    }
  }
  if (batch.length > 0) for (const extraction of readArticles(batch)) out.push(extraction)
  return out
}

// What is read of a caller's article: its text normalised (anything but a string reads as empty).
function toRead(text: unknown, hints: ArticleHints, known: KnownFacts): ArticleInput {
  const { text: normalized, markless } = normalizeTextReporting(typeof text === 'string' ? text : '')
  return { text: normalized, markless, hints, known }
}
