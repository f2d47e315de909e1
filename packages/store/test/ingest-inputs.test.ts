import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '../src/generated/prisma/client.ts'
import { type IngestInput, readIngestInputs } from '../src/ingest/files.ts'
import { ingestText } from '../src/ingest/text.ts'

const work = mkdtempSync(join(tmpdir(), 'vanban-inputs-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

function fifo(name: string): string {
  const path = join(work, name)
  const made = spawnSync('mkfifo', [path])
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`)
  return path
}

async function read(paths: string[]): Promise<IngestInput[]> {
  const inputs: IngestInput[] = []
  for await (const input of readIngestInputs(paths)) inputs.push(input)
  return inputs
}

describe('readIngestInputs', () => {
  it.each([
    ['an article', () => file('a.txt', 'Tiêu đề\n\nNội dung.'), { ok: true, content: 'Tiêu đề\n\nNội dung.' }],
    ['an empty file', () => file('empty.txt', ''), { ok: false, reason: 'the file is empty; an article needs text' }],
    [
      'a file of white space',
      () => file('blank.txt', ' \n\t\u00a0\r\n'),
      { ok: false, reason: 'the file is only white space; an article needs text' },
    ],
    [
      'an empty extraction file',
      () => file('empty.json', ''),
      { ok: false, reason: 'the file is empty; an article needs text' },
    ],
    ['a FIFO', () => fifo('pipe.txt'), { ok: false, reason: 'not a regular file (a FIFO); give files or folders' }],
    ['a missing file', () => join(work, 'missing.txt'), { ok: false, reason: 'no such file or folder' }],
  ])('reads %s', async (_, make, expected) => {
    const path = make()
    expect(await read([path])).toEqual([{ path, ...expected }])
  })

  it('lists the .txt files of a folder in order, refusing the empty ones and skipping FIFOs', async () => {
    const folder = join(work, 'folder')
    mkdirSync(join(folder, 'sub'), { recursive: true })
    writeFileSync(join(folder, 'b.txt'), 'B')
    writeFileSync(join(folder, 'sub', 'a.txt'), '\n')
    writeFileSync(join(folder, 'notes.md'), 'not an article')
    spawnSync('mkfifo', [join(folder, 'c.txt')])
    expect(await read([folder])).toEqual([
      { path: join(folder, 'b.txt'), ok: true, content: 'B' },
      { path: join(folder, 'sub', 'a.txt'), ok: false, reason: 'the file is only white space; an article needs text' },
    ])
  })
})

describe('readIngestInputs: pages and feeds', () => {
  const feedRefused =
    'a feed lists pages and holds no article, so it is not ingested: give the saved pages (.html) or their text (.txt)'

  it.each([['feed.rss'], ['feed.xml'], ['news.ATOM']])('refuses the feed %s, saying why', async (name) => {
    const path = file(name, '<rss version="2.0"><channel></channel></rss>')
    expect(await read([path])).toEqual([{ path, ok: false, reason: feedRefused }])
  })

  it('decodes a saved page by the charset its meta declares', async () => {
    // `Hội nghị` in Windows-1258: ô is 0xF4, the dot below a combining mark (0xF2) after its vowel.
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>H', 'latin1'),
      Buffer.from([0xf4, 0xf2]),
      Buffer.from('i nghi', 'latin1'),
      Buffer.from([0xf2]),
      Buffer.from('</p></body></html>', 'latin1'),
    ])
    const path = join(work, 'page.html')
    writeFileSync(path, bytes)
    const [input] = await read([path])
    expect(input?.ok && input.content.normalize('NFC')).toContain('<p>Hội nghị</p>')
  })

  it('converts a saved page in the legacy TCVN3 font encoding, which declares no charset', async () => {
    // The `.VnTime` fonts' bytes read as Latin-1 (U+00AD is TCVN3's ư); the crawler reads such pages the same way.
    const tcvn3 =
      'ChØ thÞ cña Ban BÝ th\u00ad vÒ c«ng t¸c c¸n bé, c¸c cÊp ñy vµ nh÷ng ng\u00adêi ®\u00adîc giao nhiÖm vô trong n¨m'
    const path = join(work, 'tcvn3.html')
    writeFileSync(path, Buffer.from(`<html><body><font face=".VnTime"><p>${tcvn3}</p></font></body></html>`, 'latin1'))
    const [input] = await read([path])
    expect(input?.ok && input.content).toContain(
      '<p>Chỉ thị của Ban Bí thư về công tác cán bộ, các cấp ủy và những người được giao nhiệm vụ trong năm</p>',
    )
  })

  it('lists the .html and .htm files of a folder beside the .txt ones, and no feeds', async () => {
    const folder = join(work, 'pages')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'a.html'), '<p>A</p>')
    writeFileSync(join(folder, 'b.HTM'), '<p>B</p>')
    writeFileSync(join(folder, 'c.txt'), 'C')
    writeFileSync(join(folder, 'd.rss'), '<rss/>')
    expect((await read([folder])).map((i) => i.path)).toEqual(['a.html', 'b.HTM', 'c.txt'].map((f) => join(folder, f)))
  })
})

describe('ingestText', () => {
  it.each([[''], ['   \n\t ']])('refuses the text %j without touching the database', async (text) => {
    const untouchable = new Proxy({} as PrismaClient, {
      get: () => {
        throw new Error('the database was used')
      },
    })
    expect(await ingestText(untouchable, text)).toEqual({
      status: 'failed',
      identity: null,
      reason: 'the article text is empty',
    })
  })
})
