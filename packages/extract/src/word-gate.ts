/**
 * Gates that turn a sentence away from an expression it cannot match, on a test much cheaper than
 * the expression: V8 tries an expression at every offset of a sentence, and a sentence is read by
 * a dozen of them in turn, most of which find nothing. A gate holds needles, literal text that
 * every match of its expression contains; a sentence's folded text that holds none of them cannot
 * match, and the expression is not tried. A gate never turns away a text the expression would
 * match: it admits more, never less.
 */

// Each code unit as the `iu` flags compare it, for needles to be looked up in, filled as units
// are met (0: not yet): its lower case when that is one unit, and the long s (`ſ`), which the flags
// read as `s` and lower-casing keeps, as `s`. The needles' letters are folded alike by both
// (checked for every code point in the gate's tests), so a text that matches a needle under `iu`
// holds the needle's folded pairs of units.
const FOLDED = new Uint16Array(0x10000)
const LONG_S = 0x17f

function foldUnit(unit: number): number {
  let f = FOLDED[unit]!
  if (f === 0 && unit !== 0) {
    const lower = String.fromCharCode(unit).toLowerCase()
    f = unit === LONG_S ? 0x73 : lower.length === 1 ? lower.charCodeAt(0) : unit
    FOLDED[unit] = f
  }
  return f
}

/** `text` folded unit by unit as {@link foldUnit} folds: what needles are written in. */
export function foldCase(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)))
  return out
}

// Which pairs of folded units the text last asked about holds, each pair hashed to one bit of
// PAIR_BITS: a text that holds a needle holds every pair of it, and a needle one of whose pairs is
// missing is not in the text. Two pairs may share a bit, which only admits more.
const PAIR_BITS = 13
const pairs = new Int32Array(1 << (PAIR_BITS - 5))
let pairsText: string | null = null

const pairHash = (a: number, b: number): number => Math.imul((a << 16) ^ b, 0x9e3779b1) >>> (32 - PAIR_BITS)

function readPairs(text: string): void {
  if (text === pairsText) return
  pairs.fill(0)
  let a = text.length > 0 ? foldUnit(text.charCodeAt(0)) : 0
  for (let i = 1; i < text.length; i++) {
    const b = foldUnit(text.charCodeAt(i))
    const h = pairHash(a, b)
    pairs[h >>> 5]! |= 1 << (h & 31)
    a = b
  }
  pairsText = text
}

const META = new Set('\\^$.|?*+()[]{}')
const QUANTIFIERS = new Set('?*{')

/**
 * The literal text every match of the expression source `source` opens with (after a look-behind
 * that opens it), lower case: `ra mắt` for `ra mắt(?!\s+ban)`, `học tập` for `học tập,? quán
 * triệt`, folded as {@link foldCase} folds. Empty when none can be told (the source opens with a class, a group or an escape, or
 * holds alternatives of its own outside a group).
 */
export function literalOpening(source: string): string {
  if (hasTopLevelAlternative(source)) return ''
  let i = 0
  if (source.startsWith('(?<!') || source.startsWith('(?<=')) i = groupEnd(source, 0)
  const chars: string[] = []
  for (; i < source.length && !META.has(source[i]!); i++) chars.push(source[i]!)
  // A quantifier that may take the last character away (`,?`) leaves it out.
  if (QUANTIFIERS.has(source[i] ?? '')) {
    // Whole code points: a character outside the basic plane is two units.
    const points = [...chars.join('')]
    points.pop()
    return foldCase(points.join(''))
  }
  return foldCase(chars.join(''))
}

// Where the group opening at `open` ends (after its `)`), escapes and classes read over.
function groupEnd(source: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return source.length
}

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

/** A gate: whether a sentence may match its expression. */
export type WordGate = {
  /** The needles, folded, one of which a text the expression matches holds; none when the gate admits every text. */
  readonly needles: readonly string[]
  /**
   * Whether `text` may hold a needle, and so be matched, it or any part of it: false only when it
   * holds none. A sentence is read once for all the gates that ask about it.
   */
  admits(text: string): boolean
}

const ALWAYS: WordGate = { needles: [], admits: () => true }

// The hashed pairs of a needle's units; none for a needle of one unit, which every text may hold.
function needlePairs(needle: string): number[] {
  const hashes: number[] = []
  for (let i = 1; i < needle.length; i++) hashes.push(pairHash(needle.charCodeAt(i - 1), needle.charCodeAt(i)))
  return hashes
}

/**
 * The gate of an expression that matches only a text holding one of `sources` (expression sources
 * of words, as written in the word lists: the words a match opens its alternatives with, or the
 * words its look-ahead reads): each gives its literal opening. A source with none opens the gate
 * for every text.
 */
export function wordGate(sources: readonly string[]): WordGate {
  const openings = sources.map(literalOpening)
  if (openings.some((o) => o.length === 0)) return ALWAYS
  // A needle that holds another is found whenever that one is: only the shortest are looked up.
  const needles = [...new Set(openings)].filter((o) => !openings.some((p) => p !== o && o.includes(p)))
  const hashes = needles.map(needlePairs)
  return {
    needles,
    admits: (text) => {
      readPairs(text)
      for (const h of hashes) {
        let all = true
        for (const x of h)
          if ((pairs[x >>> 5]! & (1 << (x & 31))) === 0) {
            all = false
            break
          }
        if (all) return true
      }
      return false
    },
  }
}
