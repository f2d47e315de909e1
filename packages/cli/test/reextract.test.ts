import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractArticle } from '@vanban/extract'
import { createTestTarget, reviewArticle, TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { runCli } from './cli-helpers.ts'

// Databases and child processes are slow on a loaded 2-core machine (three CLI runs below, each
// opening and migrating its database).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const work = mkdtempSync(join(tmpdir(), 'vanban-reextract-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// A page with no date line, as an extractor without year inference stored it: its review undated.
function olderExtraction() {
  const text = [
    'Sơ kết 5 năm thực hiện Chỉ thị 05',
    'Sáng 12/6, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
  ].join('\n\n')
  const extraction = extractArticle(text, { url: 'https://tuyengiao.example/so-ket-5-nam-chi-thi-05' })
  extraction.events = extraction.events.map((e) => ({ ...e, date: null, dateConfidence: null, partOfDay: null }))
  return extraction
}

const DATED = 'Hội nghị báo cáo viên\n\n14/06/2024\n\nSáng 14/6, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên.'

describe.each(TARGET_KINDS)('vanban reextract on %s', (kind) => {
  it('stores what changed, records the version of the rest, and goes on past a failure', async () => {
    const target = await createTestTarget(kind)
    try {
      const folder = mkdtempSync(join(work, 'in-'))
      writeFileSync(join(folder, 'older.json'), JSON.stringify(olderExtraction()))
      writeFileSync(join(folder, 'dated.txt'), DATED)
      // Stored from a file another tool wrote, under an identity from its own hash of the text: the
      // extractor's reading names another article, so it is left as stored.
      writeFileSync(join(folder, 'foreign.json'), JSON.stringify(reviewArticle({ url: null })))
      const ingest = await runCli(['ingest', folder, '--db', target.db])
      expect(ingest.stdout.trim().split('\n').pop()).toBe('3 new, 0 updated, 0 unchanged, 0 failed')

      const first = await runCli(['reextract', '--db', target.db])
      expect(first.stdout.trim().split('\n').pop()).toBe('1 changed, 1 unchanged, 1 failed (0 from saved pages)')
      expect(first.stderr).toMatch(/failed: sha256:[0-9a-f]{64}: the new extraction names article sha256:/)
      expect(first.code).toBe(1)

      // The two articles read now carry the current version; the one left as stored does not.
      const older = await runCli(['reextract', '--only-older', '--db', target.db])
      expect(older.stdout.trim().split('\n').pop()).toBe('0 changed, 0 unchanged, 1 failed (0 from saved pages)')
    } finally {
      await target.dispose()
    }
  }, 300_000)

  it('says what is wrong with its arguments', async () => {
    const run = await runCli(['reextract', 'folder'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unexpected argument folder')
    const help = await runCli(['reextract', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('usage: vanban reextract [--db <target>] [--only-older]')
  })
})
