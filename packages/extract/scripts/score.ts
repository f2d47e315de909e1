/**
 * Scores extractions against gold annotations by the rules of the gold contract
 * (`../shared/corpus/README.md`, "Scoring"), so `pnpm eval` measures the project's own fixtures
 * with or without the shared corpus beside the repository. When the shared corpus is there, a
 * test checks that these figures equal its `score.mjs`'s on every corpus.
 *
 * Set metrics (directives, events, links, relations, people) are F1 over all articles; accuracy
 * metrics (title, publishedAt, byline, issuedOn, issuingBody, organizer, eventDate) are over every
 * gold item, a missed item counting as wrong.
 *
 * One metric goes beyond the contract: `province`, the accuracy of the province each event was
 * held in, over the gold events that carry a `province` (a code of the 34 units, `79`, or a name
 * `resolveProvince` reads, `TP.HCM`; null when the text places the event nowhere), a missed event
 * counting as wrong. It is given only where some gold event carries one, so the contract's metrics
 * are the same as `score.mjs`'s.
 */
import { resolveProvince } from '@vanban/core'

/** A gold-shaped article, as `toGold` writes it and gold files hold it (only what scoring reads). */
export type Scored = {
  title?: string | null
  publishedAt?: string | null
  byline?: string | null
  directives?: { code: string; issuedOn?: string | null; issuingBody?: string | null }[]
  events?: {
    kind: string
    date?: string | null
    organizer?: string | null
    province?: string | null | undefined
    directives?: string[]
  }[]
  relations?: { from: string; type: string; to: string }[]
  people?: { name: string }[]
}

/** What one article missed and added. */
export type ArticleScore = { file: string; missing: string[]; extra: string[] }

const SET_METRICS = ['directives', 'events', 'links', 'relations', 'people'] as const
const ACCURACY_METRICS = [
  'title',
  'publishedAt',
  'byline',
  'issuedOn',
  'issuingBody',
  'organizer',
  'eventDate',
] as const
/** Every metric of the gold contract, set metrics first. */
export const METRICS: readonly string[] = [...SET_METRICS, ...ACCURACY_METRICS]
/** Metrics beyond the contract, given only where the gold has what they measure. */
export const OPTIONAL_METRICS: readonly string[] = ['province']

// Text compares as the contract's score.mjs compares it: NFC, lower case, the modern tone placement
// of open oa/oe/uy syllables, folded white space, and nothing more: core's normalizeText also maps
// look-alike letters (U+00D0 `Ð` to `Đ`), which the contract does not, and gold keeps what a page wrote.
const VOWEL_TONES: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', i: 'ìíỉĩị', o: 'òóỏõọ', u: 'ùúủũụ', y: 'ỳýỷỹỵ' }
const TONED = new Map(
  Object.entries(VOWEL_TONES).flatMap(([base, forms]) => [...forms].map((c, i) => [c, [base, i] as const])),
)
const foldTone = (s: string): string =>
  s.replace(/(^|[^q])([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu, (m, pre: string, first: string, toned: string) => {
    const [base, index] = TONED.get(toned)!
    if (!['oa', 'oe', 'uy'].includes(first + base)) return m
    return pre + VOWEL_TONES[first]![index] + base
  })
const norm = (s: string | null | undefined): string | null =>
  s == null ? null : foldTone(String(s).normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim()
const code = (c: string | null | undefined): string | null =>
  c == null ? null : String(c).normalize('NFC').replace(/\s+/g, '').toUpperCase()
const sameText = (a: string | null | undefined, b: string | null | undefined) => norm(a) === norm(b)
// Organisers and issuing bodies match when one contains the other.
const overlaps = (a: string | null | undefined, b: string | null | undefined) => {
  const x = norm(a)
  const y = norm(b)
  if (x === null || y === null) return x === y
  return x.includes(y) || y.includes(x)
}

// A province as today's code: a code as written, a name as `resolveProvince` reads it today.
const provinceKey = (p: string | null): string | null =>
  p === null ? null : /^\d{2}$/.test(p.trim()) ? p.trim() : (resolveProvince(p)?.today.code ?? norm(p))

function f1(tp: number, predicted: number, gold: number): number {
  const p = predicted ? tp / predicted : gold ? 0 : 1
  const r = gold ? tp / gold : predicted ? 0 : 1
  return p + r ? (2 * p * r) / (p + r) : 0
}

/** Scores `predictions` (by file name; a missing one counts as empty) against `gold`. */
export function scoreArticles(
  gold: ReadonlyMap<string, Scored>,
  predictions: ReadonlyMap<string, Scored>,
): { metrics: Record<string, number>; perArticle: ArticleScore[] } {
  const sets = Object.fromEntries(SET_METRICS.map((k) => [k, [0, 0, 0]])) as Record<string, [number, number, number]>
  const accuracy = Object.fromEntries(ACCURACY_METRICS.map((k) => [k, [0, 0]])) as Record<string, [number, number]>
  for (const k of OPTIONAL_METRICS) accuracy[k] = [0, 0]
  const bump = (k: string, ok: boolean) => {
    accuracy[k]![0] += ok ? 1 : 0
    accuracy[k]![1] += 1
  }
  const addSet = (k: string, tp: number, predicted: number, goldCount: number) => {
    sets[k]![0] += tp
    sets[k]![1] += predicted
    sets[k]![2] += goldCount
  }
  const perArticle: ArticleScore[] = []

  for (const file of [...gold.keys()].sort()) {
    const g = gold.get(file)!
    const p = predictions.get(file) ?? {}
    const row: ArticleScore = { file, missing: [], extra: [] }
    scorePage(g, p, bump)
    scoreDirectives(g, p, row, bump, addSet)
    scoreEvents(g, p, row, bump, addSet)
    scoreRelations(g, p, addSet)
    scorePeople(g, p, addSet)
    perArticle.push(row)
  }

  const metrics: Record<string, number> = {}
  for (const [k, [tp, np, ng]] of Object.entries(sets)) metrics[k] = f1(tp, np, ng)
  for (const [k, [ok, n]] of Object.entries(accuracy)) {
    if (n > 0 || !OPTIONAL_METRICS.includes(k)) metrics[k] = n ? ok / n : 1
  }
  return { metrics, perArticle }
}

type Bump = (metric: string, ok: boolean) => void
type AddSet = (metric: string, tp: number, predicted: number, gold: number) => void

function scorePage(g: Scored, p: Scored, bump: Bump): void {
  bump('title', sameText(g.title, p.title ?? null))
  bump('publishedAt', (g.publishedAt ?? null) === (p.publishedAt ?? null))
  if ('byline' in g) bump('byline', sameText(g.byline, p.byline ?? null))
}

function scoreDirectives(g: Scored, p: Scored, row: ArticleScore, bump: Bump, addSet: AddSet): void {
  const gd = new Map((g.directives ?? []).map((d) => [code(d.code), d]))
  const pd = new Map((p.directives ?? []).map((d) => [code(d.code), d]))
  let tp = 0
  for (const [c, d] of gd) {
    const found = pd.get(c)
    if (found === undefined) row.missing.push(String(c))
    else tp++
    if (d.issuedOn != null) bump('issuedOn', found !== undefined && d.issuedOn === (found.issuedOn ?? null))
    if (d.issuingBody != null)
      bump('issuingBody', found !== undefined && overlaps(d.issuingBody, found.issuingBody ?? null))
  }
  for (const c of pd.keys()) if (!gd.has(c)) row.extra.push(String(c))
  addSet('directives', tp, pd.size, gd.size)
}

export type ScoredEvent = NonNullable<Scored['events']>[number]

/**
 * The index of the predicted event a gold one matches: one of the same kind not `used` yet, the
 * first of the same date if any, else the first; -1 when none.
 */
export function matchEvent(ge: ScoredEvent, predicted: readonly ScoredEvent[], used: ReadonlySet<number>): number {
  let best = -1
  for (let i = 0; i < predicted.length; i++) {
    const pe = predicted[i]!
    if (used.has(i) || pe.kind !== ge.kind) continue
    const sameDate = (pe.date ?? null) === (ge.date ?? null)
    if (best < 0 || (sameDate && (predicted[best]!.date ?? null) !== (ge.date ?? null))) best = i
  }
  return best
}

// A predicted event matches a gold one of the same kind, preferring the same date.
function scoreEvents(g: Scored, p: Scored, row: ArticleScore, bump: Bump, addSet: AddSet): void {
  const goldEvents = g.events ?? []
  const predicted = p.events ?? []
  const used = new Set<number>()
  let tp = 0
  for (const ge of goldEvents) {
    const best = matchEvent(ge, predicted, used)
    if (best < 0) {
      row.missing.push(`event:${ge.kind}@${ge.date}`)
      bump('eventDate', false)
      if (ge.organizer != null) bump('organizer', false)
      if (ge.province !== undefined) bump('province', false)
      addSet('links', 0, 0, (ge.directives ?? []).length)
      continue
    }
    used.add(best)
    tp++
    const pe = predicted[best]!
    bump('eventDate', (ge.date ?? null) === (pe.date ?? null))
    if (ge.organizer != null) bump('organizer', overlaps(ge.organizer, pe.organizer ?? null))
    if (ge.province !== undefined) bump('province', provinceKey(ge.province) === provinceKey(pe.province ?? null))
    const goldLinks = new Set((ge.directives ?? []).map(code))
    const predictedLinks = new Set((pe.directives ?? []).map(code))
    addSet('links', [...predictedLinks].filter((c) => goldLinks.has(c)).length, predictedLinks.size, goldLinks.size)
  }
  predicted.forEach((pe, i) => {
    if (!used.has(i)) row.extra.push(`event:${pe.kind}@${pe.date}`)
  })
  addSet('events', tp, predicted.length, goldEvents.length)
}

function scoreRelations(g: Scored, p: Scored, addSet: AddSet): void {
  const key = (r: { from: string; type: string; to: string }) => `${code(r.from)} ${r.type} ${code(r.to)}`
  const gr = new Set((g.relations ?? []).map(key))
  const pr = new Set((p.relations ?? []).map(key))
  addSet('relations', [...pr].filter((r) => gr.has(r)).length, pr.size, gr.size)
}

function scorePeople(g: Scored, p: Scored, addSet: AddSet): void {
  if (!g.people) return
  const gp = new Set(g.people.map((person) => norm(person.name)))
  const pp = new Set((p.people ?? []).map((person) => norm(person.name)))
  addSet('people', [...pp].filter((n) => gp.has(n)).length, pp.size, gp.size)
}
