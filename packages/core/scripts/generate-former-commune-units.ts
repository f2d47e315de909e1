/**
 * Writes `src/former-commune-units.ts`, the commune-level units (xã, phường, thị trấn) under the 63
 * provinces and their districts, until 30 June 2025, from
 * github.com/ThangLeQuoc/vietnamese-provinces-database (MIT licence, © 2021 Thang Le Quoc): the
 * PostgreSQL dump of its first version (`postgresql/CompleteDataset/vietnamese_administrative_units_postgresql.sql`,
 * November 2021) and `json/simplified_json_generated_data_vn_units.json` of later versions. Each
 * version holds the communes of its day; merged, a commune merged away between them (the wave of
 * 1 January 2025) is kept under the district it was in. Rows are grouped by district to keep the
 * module small: one string per district, each commune its unit letter (`x` xã, `p` phường, `t` thị
 * trấn) and name, `|` between.
 *
 *   git -C <mirror> show <c0>:postgresql/CompleteDataset/vietnamese_administrative_units_postgresql.sql > units-<c0>.sql
 *   git -C <mirror> show <c>:json/simplified_json_generated_data_vn_units.json > units-<c>.json
 *   node packages/core/scripts/generate-former-commune-units.ts units-<c0>.sql <c0> units-<c1>.json <c1> ... \
 *     > packages/core/src/former-commune-units.ts && pnpm biome check --write packages/core/src/former-commune-units.ts
 */
import fs from 'node:fs'

type Unit = { Code: string; Name: string; FullName: string; District?: Unit[]; Ward?: Unit[] | null }

const args = process.argv.slice(2)
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: generate-former-commune-units.ts (<units .sql or .json> <source commit>)...')
  process.exit(2)
}
const sources = args.flatMap((a, i) => (i % 2 === 0 ? [{ file: a, commit: args[i + 1]! }] : []))

// The rows of a `COPY public.<table> (...) FROM stdin;` block of a PostgreSQL dump, as records.
function copyRows(sql: string, table: string): Record<string, string>[] {
  const head = new RegExp(`^COPY public\\.${table} \\(([^)]*)\\) FROM stdin;$`, 'm').exec(sql)
  if (head === null) throw new Error(`no COPY block for ${table}`)
  const columns = head[1]!.split(',').map((c) => c.trim())
  const body = sql.slice(head.index + head[0].length + 1)
  const lines = body.slice(0, body.indexOf('\n\\.')).split('\n')
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i]!, v])))
}

// The dump's three tables as the JSON's nested provinces.
function fromDump(sql: string): Unit[] {
  const wards = copyRows(sql, 'wards')
  const districts = copyRows(sql, 'districts')
  const unit = (r: Record<string, string>): Unit => ({ Code: r.code!, Name: r.name!, FullName: r.full_name! })
  return copyRows(sql, 'provinces').map((p) => ({
    ...unit(p),
    District: districts
      .filter((d) => d.province_code === p.code)
      .map((d) => ({ ...unit(d), Ward: wards.filter((w) => w.district_code === d.code).map(unit) })),
  }))
}

const read = (file: string): Unit[] =>
  file.endsWith('.sql')
    ? fromDump(fs.readFileSync(file, 'utf8'))
    : (JSON.parse(fs.readFileSync(file, 'utf8')) as Unit[])

// The unit word opens the full name, and the name is what follows it: the dump of 2021 writes a
// ward named `Phường Đúc` as name `Đúc`, full name `Phường Phường Đúc`; the full name is read alike in all.
const UNIT_WORDS = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'phường', 'xã']
function split(u: Unit): { kind: string; name: string } {
  const full = u.FullName.trim()
  const kind = UNIT_WORDS.find((w) => full.toLowerCase().startsWith(`${w} `))
  if (kind === undefined) throw new Error(`no unit word opens ${u.FullName}`)
  // A numbered ward is written `Phường 05` in one version and `Phường 5` in another: read as the number.
  const name = full.slice(kind.length).trim()
  return { kind, name: /^\d+$/.test(name) ? String(Number(name)) : name }
}
const LETTER: Record<string, string> = { xã: 'x', phường: 'p', 'thị trấn': 't' }

// District (province code, unit word, name) → its communes, in the order first read.
const byDistrict = new Map<string, { code: string; kind: string; name: string; communes: string[] }>()
for (const { file } of sources) {
  const provinces = read(file)
  if (provinces.length !== 63) throw new Error(`${file}: expected the 63 provinces, read ${provinces.length}`)
  for (const p of provinces) {
    for (const d of p.District ?? []) {
      const { kind, name } = split(d)
      const key = JSON.stringify([p.Code, kind, name])
      const entry = byDistrict.get(key) ?? { code: p.Code, kind, name, communes: [] }
      byDistrict.set(key, entry)
      for (const w of d.Ward ?? []) {
        const commune = split(w)
        const letter = LETTER[commune.kind]
        if (letter === undefined) throw new Error(`no commune unit word opens ${w.FullName}`)
        if (commune.name.includes('|')) throw new Error(`a name holds the separator: ${commune.name}`)
        const written = `${letter}${commune.name}`
        if (!entry.communes.includes(written)) entry.communes.push(written)
      }
    }
  }
}
const districts = [...byDistrict.values()].filter((d) => d.communes.length > 0)
const communes = districts.reduce((n, d) => n + d.communes.length, 0)
const rows = districts.map((d) => `  ${JSON.stringify([d.code, d.kind, d.name, d.communes.join('|')])},`)

process.stdout.write(`/**
 * Vietnam's commune-level units (xã, phường, thị trấn) under the district level, in force at some
 * time from November 2021 until 30 June 2025 (when the district level was abolished and the
 * communes were merged into those of \`COMMUNES_2025\`): ${communes} communes of ${districts.length} districts,
 * each row [old province code, district unit word, district name, communes], the communes each
 * their unit letter (\`x\` xã, \`p\` phường, \`t\` thị trấn) and name, \`|\` between.
 *
 * Source: github.com/ThangLeQuoc/vietnamese-provinces-database, MIT licence, © 2021 Thang Le Quoc,
 * at commits ${sources.map((s) => `${s.commit} (${s.file.endsWith('.sql') ? 'postgresql/CompleteDataset/vietnamese_administrative_units_postgresql.sql' : 'json/simplified_json_generated_data_vn_units.json'})`).join(', ')}
 * (the communes of each version's day, merged: one merged away before 2025 is kept).
 * Generated by packages/core/scripts/generate-former-commune-units.ts: do not edit by hand.
 */

/** The commune-level units until 30 June 2025, by district: [old province code, district unit word, district name, communes]. */
export const FORMER_COMMUNES: readonly (readonly [string, string, string, string])[] = [
${rows.join('\n')}
]
`)
