/**
 * `text.split(separator)`, read with an expression made once: `split` makes a new expression
 * from its separator at every call (V8 copies it to match sticky), which costs more than the
 * splitting itself on the short texts the extractor splits. The separator must never match the
 * empty string, as every one given here cannot; then the pieces are those `split` gives.
 */
export type Splitter = {
  /** Every piece, as `text.split(separator)`. */
  pieces: (text: string) => string[]
  /** The first piece, as `text.split(separator, 1)[0] ?? ''`. */
  first: (text: string) => string
}

export function splitter(separator: RegExp): Splitter {
  const re = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`)
  return {
    pieces(text) {
      const out: string[] = []
      let from = 0
      re.lastIndex = 0
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        out.push(text.slice(from, m.index))
        from = m.index + m[0].length
      }
      out.push(text.slice(from))
      return out
    },
    first(text) {
      re.lastIndex = 0
      const m = re.exec(text)
      return m === null ? text : text.slice(0, m.index)
    },
  }
}
