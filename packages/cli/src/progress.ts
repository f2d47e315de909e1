/** Where progress goes and how: a terminal gets one live line, anything else plain lines. */
export interface ProgressOptions {
  write: (text: string) => void
  live: boolean
  now?: () => number
  /** A plain line at most this often (default 10 s)... */
  plainEveryMs?: number
  /** ...or after this many more files (default 100), whichever comes first. */
  plainEveryFiles?: number
  /** What the run goes over, counted in the line (default `file`). */
  unit?: string
}

/** The counts of a run by outcome, in the order they are printed (`new`, `updated`... or `changed`...). */
export type ProgressCounts<C> = { readonly [K in keyof C]: number }

const total = (counts: object): number => Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0)

/** Reports a long run over files (or other units): how many are done, their rate and the counts so far. */
export function createProgress<C extends ProgressCounts<C>>(label: string, options: ProgressOptions) {
  const unit = options.unit ?? 'file'
  return createRunProgress<C>(options, {
    done: total,
    line: (counts, seconds) => {
      const n = total(counts)
      return (
        `${label}: ${n} ${unit}${n === 1 ? '' : 's'} (${(n / seconds).toFixed(1)}/s), ` +
        Object.entries(counts as Record<string, number>)
          .map(([outcome, count]) => `${count} ${outcome}`)
          .join(', ')
      )
    },
  })
}

/**
 * Reports a long run over items of any kind (files, pages): `done` says how many are done, `line`
 * writes the progress line for the counts after `seconds`.
 */
export function createRunProgress<Counts>(
  options: ProgressOptions,
  describe: { done: (counts: Counts) => number; line: (counts: Counts, seconds: number) => string },
) {
  const now = options.now ?? Date.now
  const started = now()
  const plainEveryMs = options.plainEveryMs ?? 10_000
  const plainEveryFiles = options.plainEveryFiles ?? 100
  let lastShown = started
  let filesShown = 0
  let shownLive = false

  const line = (counts: Counts): string => describe.line(counts, Math.max((now() - started) / 1000, 0.001))

  return {
    /** After each item: the live line is redrawn at most ten times a second; plain lines now and then. */
    update(counts: Counts): void {
      const files = describe.done(counts)
      const at = now()
      if (options.live) {
        if (at - lastShown < 100 && filesShown > 0) return
        options.write(`\r\x1b[K${line(counts)}`)
        shownLive = true
      } else {
        if (at - lastShown < plainEveryMs && files - filesShown < plainEveryFiles) return
        options.write(`${line(counts)}\n`)
      }
      lastShown = at
      filesShown = files
    },
    /** A message of its own line, keeping the live line below it. */
    note(message: string): void {
      options.write(`${options.live && shownLive ? '\r\x1b[K' : ''}${message}\n`)
      shownLive = false
    },
    /** Clears the live line, so the summary stands alone. */
    done(): void {
      if (options.live && shownLive) options.write('\r\x1b[K')
      shownLive = false
    },
  }
}
