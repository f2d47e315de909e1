import { eventCountVi } from './histogram.ts'
import { PROVINCE_MAP } from './province-map-data.ts'

/** An entry of `coverage(directive)`, or a province's count from elsewhere. */
export type ProvinceCount = {
  readonly province: { readonly code: string; readonly name: string }
  readonly count: number
}

/** A province on the map: its outline, its count and the shade step that count falls in. */
export type ShadedProvince = {
  readonly code: string
  readonly name: string
  readonly count: number
  /** 0 for no events, then 1…{@link SHADE_STEPS} in proportion to the largest count. */
  readonly step: number
  /** `Hà Nội: 3 sự kiện`: the shape's title and accessible name. */
  readonly label: string
  readonly d: string
}

/** How many shades of colour counts above 0 are spread over. */
export const SHADE_STEPS = 5

/**
 * The map's box: the outlines' own, widened eastward to hold Hoàng Sa and Trường Sa, which the
 * boundary data has no outlines for.
 */
export const MAP_VIEW_BOX = '0 0 920 1090'

/**
 * Where the two archipelagos are drawn, as dots in the map's units (the outlines' projection, UTM
 * zone 48N scaled as the build script scales it, puts Hoàng Sa near 111.6°E 16.5°N at (661, 494)
 * and Trường Sa's spread, 112.5–114.3°E 8.6–9.9°N, within (740–874, 973–1072)), each part of the
 * unit that administers it.
 */
export const ARCHIPELAGOS: readonly { code: string; name: string; dots: readonly [number, number][] }[] = [
  {
    code: '48',
    name: 'Quần đảo Hoàng Sa',
    dots: [
      [643, 485],
      [659, 495],
      [675, 481],
      [651, 509],
      [669, 505],
    ],
  },
  {
    code: '56',
    name: 'Quần đảo Trường Sa',
    dots: [
      [752, 1040],
      [780, 1012],
      [806, 1030],
      [832, 996],
      [860, 986],
      [790, 1060],
      [842, 1044],
    ],
  },
]

/** The shade step of a count: 0 for none, else 1…steps, the largest count in the top step. */
export function shadeStep(count: number, max: number, steps = SHADE_STEPS): number {
  if (count <= 0 || max <= 0) return 0
  return Math.min(steps, Math.max(1, Math.ceil((count / max) * steps)))
}

/**
 * The 34 provinces with their outlines, counts and shades, in the map's order. A province the
 * counts leave out has 0; a count for a code the map has no outline for is an error, since the
 * map would silently drop it.
 */
export function shadeProvinces(counts: readonly ProvinceCount[], map = PROVINCE_MAP): ShadedProvince[] {
  const byCode = new Map(counts.map((c) => [c.province.code, c]))
  const unknown = counts.filter((c) => !map.shapes.some((s) => s.code === c.province.code))
  if (unknown.length > 0) {
    throw new Error(
      `no outline for province ${unknown.map((c) => c.province.code).join(', ')}; the map has the 34 units' codes`,
    )
  }
  const max = Math.max(0, ...counts.map((c) => c.count))
  return map.shapes.map((shape) => {
    const c = byCode.get(shape.code)
    const name = c?.province.name ?? shape.code
    const count = c?.count ?? 0
    return {
      code: shape.code,
      name,
      count,
      step: shadeStep(count, max),
      label: `${name}: ${eventCountVi(count)}`,
      d: shape.d,
    }
  })
}
