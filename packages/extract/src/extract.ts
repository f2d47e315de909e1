import {
  type Citation,
  type CitationVerb,
  type DirectiveCodeMatch,
  type Extraction,
  findDirectiveCodes,
  formatPartialDate,
  normalizeText,
  type PartialDate,
  type Participation,
  type Provenance,
  parseDateReference,
} from '@vanban/core'
import { contentHash } from './content-hash.ts'
import { type DirectiveMention, findDirectiveMentions } from './directive-mentions.ts'
import { type ResolvedMention, resolveDirectives } from './directives.ts'
import { findEvents } from './events.ts'
import { collectOrganizations } from './organizations.ts'
import { findPeople, mergePeople } from './people.ts'
import { findRelations } from './relations.ts'
import { segment } from './segment.ts'
import { groupByPiece, type Piece, pieceIndexAt, splitSentences } from './sentences.ts'
import { firstLetters } from './word-pattern.ts'

/** What the caller knows about an article besides its text. */
export type ArticleHints = {
  /** The page's address; kept when it is a valid URL. */
  url?: string | undefined
  /** The publishing site, used when the text names none (`TPO -`, `Theo baodanang.vn`). */
  source?: string | undefined
  /** The publication date, used when the text gives none: `2023-12-08`, `13/05/2024`, a `Date`. */
  publishedAt?: string | Date | undefined
}

// The verb nearest before a citation says what its sentence does with the directive. Each
// expression is guarded by its words' first letters: it is tried at every offset of the window.
const verbWithin = (words: readonly string[], reach: number): RegExp =>
  new RegExp(`${firstLetters(words)}(?:${words.join('|')})[^.;]{0,${reach}}$`, 'iu')
const VERBS: ReadonlyArray<readonly [RegExp, CitationVerb]> = [
  [verbWithin(['sơ kết', 'tổng kết'], 60), 'reviews'],
  [verbWithin(['quán triệt', 'tuyên truyền', 'học tập', 'phổ biến', 'giới thiệu', 'thông tin'], 60), 'disseminates'],
  [verbWithin(['thực hiện', 'triển khai', 'cụ thể hóa', 'theo', 'bám sát'], 40), 'implements'],
]

function citationVerb(sentence: string, offset: number): CitationVerb {
  const before = sentence.slice(Math.max(0, offset - 80), offset)
  for (const [pattern, verb] of VERBS) if (pattern.test(before)) return verb
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
// that lie wholly inside it.
function mentionsIn(text: string, ordered: readonly Piece[]): DirectiveMention[] {
  const codes = findDirectiveCodes(text)
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

function read(text: string, hints: ArticleHints): Extraction {
  const seg = segment(text)
  const published = seg.publishedAt ?? hintDate(hints.publishedAt)
  const reference = published === null ? undefined : formatPartialDate(published)
  const sentences = seg.body.flatMap(splitSentences)
  const pieces = [...(seg.title === null ? [] : [seg.title]), ...seg.body, ...seg.captions]
  const ordered = [...pieces].sort((a, b) => a.start - b.start)
  const { directives, mentions } = resolveDirectives(mentionsIn(text, ordered))
  const sentenceOf = (at: number): Piece | undefined =>
    sentences[pieceIndexAt(sentences, at)] ?? ordered[pieceIndexAt(ordered, at)]
  const provenance = (start: number, end: number, confidence: number): Provenance => ({
    span: { start, end },
    sentence: sentenceOf(start)?.text ?? text.slice(start, end),
    confidence,
  })

  const mentionsBySentence = groupByPiece(sentences, mentions)
  const bodyMentions = mentionsBySentence.flat()
  const found = findEvents(sentences, mentionsBySentence, reference)
  const events = found.map((e, i) => ({
    kind: e.kind,
    title: e.title,
    date: e.date === null ? null : formatPartialDate(e.date),
    partOfDay: e.date?.partOfDay ?? null,
    organizer: e.organizer,
    location: e.location,
    directives: e.directives,
    provenance: provenance(e.span.start, e.span.end, e.confidence),
    id: `e${i + 1}`,
  }))

  const relations = []
  const seenRelations = new Set<string>()
  let previous: ResolvedMention | undefined
  for (const [i, s] of sentences.entries()) {
    const inSentence = mentionsBySentence[i] ?? []
    for (const r of findRelations(s, inSentence, previous)) {
      const key = `${r.from} ${r.type} ${r.to}`
      if (seenRelations.has(key)) continue
      seenRelations.add(key)
      relations.push({ from: r.from, type: r.type, to: r.to, provenance: provenance(r.start, r.end, 0.8) })
    }
    previous = inSentence[inSentence.length - 1] ?? previous
  }

  const citations: Citation[] = []
  const firstMention = new Map<string, ResolvedMention>()
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    if (!firstMention.has(m.code)) firstMention.set(m.code, m)
  }
  for (const [code, m] of firstMention) {
    const s = sentenceOf(m.start)
    const confidence = m.inferred ? 0.6 : m.parts === null ? 0.8 : 0.95
    citations.push({
      directive: code,
      event: null,
      verb: s === undefined ? 'mentions' : citationVerb(s.text, m.start - s.start),
      inferred: m.inferred,
      provenance: provenance(m.start, m.end, confidence),
    })
  }
  // Body mentions of each code in text order, so an event finds its first one by binary search.
  const bodyByCode = new Map<string, ResolvedMention[]>()
  for (let i = 0; i < bodyMentions.length; i++) {
    const m = bodyMentions[i]!
    const list = bodyByCode.get(m.code)
    if (list === undefined) bodyByCode.set(m.code, [m])
    else list.push(m)
  }
  found.forEach((e, i) => {
    const from = sentences[e.sentence]?.start ?? 0
    for (const code of e.directives) {
      const m = firstAtOrAfter(bodyByCode.get(code), from) ?? firstMention.get(code)
      if (m === undefined) continue
      const s = sentenceOf(m.start)
      const verb =
        e.kind === 'review' ? 'reviews' : s === undefined ? 'mentions' : citationVerb(s.text, m.start - s.start)
      citations.push({
        directive: code,
        event: `e${i + 1}`,
        verb,
        inferred: m.inferred,
        provenance: provenance(m.start, m.end, 0.75),
      })
    }
  })

  const personMentions = findPeople([...sentences, ...seg.captions])
  const people = mergePeople(personMentions)
  // People named in body sentences, in text order; each event takes those up to the next event.
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
        provenance: provenance(p.start, p.end, 0.6),
      })
    }
  })

  const organizations = collectOrganizations([
    ...found.map((e) => e.organizer),
    ...directives.map((d) => d.issuingBody),
  ])
  const base = emptyExtraction(text, hints)
  return {
    article: {
      ...base.article,
      title: seg.title?.text ?? null,
      publishedAt: published === null ? null : formatPartialDate(published),
      byline: seg.byline,
      source: seg.source ?? base.article.source,
      body: seg.body.map((p) => p.text),
      captions: seg.captions.map((p) => p.text),
    },
    directives,
    events,
    organizations,
    people,
    citations,
    relations,
    participations,
  }
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
  const normalized = normalizeText(typeof text === 'string' ? text : '')
  // The records are built to the schema's shape, and the tests validate every output against
  // it (fixtures, corpora, random and hostile input); a schema run here would cost an eighth of
  // the extraction.
  try {
    return read(normalized, hints)
  } catch {
    return emptyExtraction(normalized, {})
  }
}
