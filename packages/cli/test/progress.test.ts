import { describe, expect, it } from 'vitest'
import { createProgress } from '../src/progress.ts'

const counts = (n: number, failed = 0) => ({ new: n - failed, updated: 0, unchanged: 0, failed })

describe('ingest progress', () => {
  it('redraws one live line on a terminal, at most ten times a second, and clears it at the end', () => {
    const written: string[] = []
    let clock = 0
    const progress = createProgress('ingest', { write: (t) => written.push(t), live: true, now: () => clock })
    clock = 50
    progress.update(counts(1))
    clock = 100
    progress.update(counts(2))
    clock = 1000
    progress.update(counts(3, 1))
    progress.done()
    expect(written).toEqual([
      '\r\x1b[Kingest: 1 file (20.0/s), 1 new, 0 updated, 0 unchanged, 0 failed',
      '\r\x1b[Kingest: 3 files (3.0/s), 2 new, 0 updated, 0 unchanged, 1 failed',
      '\r\x1b[K',
    ])
  })

  it('writes plain lines elsewhere, every so many files or seconds', () => {
    const written: string[] = []
    let clock = 0
    const progress = createProgress('ingest', {
      write: (t) => written.push(t),
      live: false,
      now: () => clock,
      plainEveryFiles: 2,
      plainEveryMs: 5000,
    })
    for (let n = 1; n <= 5; n++) {
      clock = n * 100
      progress.update(counts(n))
    }
    clock = 6000
    progress.update(counts(6))
    expect(written).toEqual([
      'ingest: 2 files (10.0/s), 2 new, 0 updated, 0 unchanged, 0 failed\n',
      'ingest: 4 files (10.0/s), 4 new, 0 updated, 0 unchanged, 0 failed\n',
      'ingest: 6 files (1.0/s), 6 new, 0 updated, 0 unchanged, 0 failed\n',
    ])
  })

  it('counts other units and outcomes, in the order given: reextract’s articles', () => {
    const written: string[] = []
    let clock = 0
    const progress = createProgress('reextract', {
      write: (t) => written.push(t),
      live: true,
      now: () => clock,
      unit: 'article',
    })
    clock = 500
    progress.update({ changed: 1, unchanged: 3, failed: 1 })
    expect(written).toEqual(['\r\x1b[Kreextract: 5 articles (10.0/s), 1 changed, 3 unchanged, 1 failed'])
  })
})
