/**
 * What the timed cases ask about, read from the archive: the most cited directive's code, the
 * least cited one's, the busiest chair's name and a typo of it, the year of most events citing that directive, a common
 * phrase and a rare word of the pools. Shared by `bench:scale` and `bench/explain-scale.ts`.
 */
import { foldDiacritics } from '@vanban/core'
import type { SqlConnection } from '@vanban/store'
import type { Pools } from './pools.ts'
import type { Subjects } from './queries.ts'

/** The subjects of the cases in the archive `c` holds, built from `pools`. */
export async function subjectsOf(c: SqlConnection, pools: Pools): Promise<Subjects> {
  const [top] = await c.query<{ code: string }>(
    `SELECT d.code FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId"
     GROUP BY d.code ORDER BY count(*) DESC LIMIT 1`,
  )
  // the least cited of the directives some event cites (a code naming one directive only)
  const [rare] = await c.query<{ code: string }>(
    `SELECT d.code FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId" WHERE c."eventId" IS NOT NULL
     GROUP BY d.code HAVING count(DISTINCT d.id) = 1 ORDER BY count(*), d.code LIMIT 1`,
  )
  const [person] = await c.query<{ name: string }>(
    `SELECT p.name FROM "Person" p JOIN "Participation" x ON x."personId" = p.id
     GROUP BY p.id, p.name ORDER BY count(*) DESC, p.id LIMIT 1`,
  )
  const [year] = await c.query<{ year: string }>(
    `SELECT to_char(e."dateStart", 'YYYY') AS year FROM "Event" e
     JOIN "Citation" c ON c."eventId" = e.id JOIN "Directive" d ON d.id = c."directiveId"
     WHERE d.code = $1 AND e."dateStart" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    [top?.code],
  )
  const name = person?.name ?? ''
  // a typist's slip: the second and third letters of the longest word swapped, no diacritics
  const words = foldDiacritics(name).split(' ')
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '')
  const slipped = `${longest.slice(0, 1)}${longest.slice(2, 3)}${longest.slice(1, 2)}${longest.slice(3)}`
  const typo = words.map((w) => (w === longest ? slipped : w))
  const common = pools.sentences.some((s) => s.includes('nền tảng tư tưởng'))
    ? 'nền tảng tư tưởng'
    : (pools.sentences[0] ?? '').split(' ').slice(0, 3).join(' ')
  return {
    commonPhrase: common,
    rareWord: pools.rareWord,
    directiveCode: top?.code ?? '',
    rareDirectiveCode: rare?.code ?? '',
    personName: name,
    typo: typo.join(' '),
    year: year?.year ?? '2023',
  }
}
