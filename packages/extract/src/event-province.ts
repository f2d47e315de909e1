import {
  districtProvince,
  findProvinces,
  type PlacedProvince,
  type Province,
  provinceOfDomain,
  resolveProvince,
} from '@vanban/core'
import { organizationProvince } from './organization-level.ts'

/**
 * How sure each reading of an event's province is: the organiser's name states its own province
 * and events are held where their organiser sits; a place names where it was held but may be
 * a venue's owner (`Hội trường Tỉnh ủy`); the publishing portal's province is only where the
 * news was posted.
 */
export const EVENT_PROVINCE_CONFIDENCE = { organizer: 0.9, location: 0.85, article: 0.7, site: 0.6 } as const

/**
 * The province an article is about: the one that more than half of the provinces it names
 * (after `tỉnh`, `Tỉnh ủy`, `TP`...) are in today, or null. An article of a provincial paper
 * names its province again and again (`Tỉnh Sóc Trăng: ...`, `Tỉnh ủy Sóc Trăng`) and a
 * neighbour now and then.
 */
export function articleProvince(text: string, date: string | null): Province | null {
  const counts = new Map<string, { province: Province; n: number }>()
  const mentions = findProvinces(text, { date })
  for (const m of mentions) {
    const seen = counts.get(m.province.today.code) ?? { province: m.province.today, n: 0 }
    seen.n++
    counts.set(m.province.today.code, seen)
  }
  for (const { province, n } of counts.values()) if (n * 2 > mentions.length) return province
  return null
}

/**
 * The province an event was held in, as today's unit, at the event's date (or the article's):
 * from its organiser's name, else its location, else the province the article is about (see
 * {@link articleProvince}, read once per article), else the provincial site that published it;
 * null when none of them says. A name or place that names a province reads as it; one that names a
 * district-level unit (`Huyện ủy Cam Lộ`, `UBND huyện Tân Thạnh`) as that unit's province, a
 * district name two provinces had only when the article or the site is one of them.
 */
export function eventProvince(
  event: { organizer: string | null; location: string | null },
  url: string | null,
  date: string | null,
  article: Province | null = null,
): PlacedProvince | null {
  const site = url === null ? null : provinceOfDomain(url, { date })
  const near = article?.code ?? site?.today.code ?? null
  const byOrganizer =
    event.organizer === null
      ? null
      : (organizationProvince(event.organizer, date) ??
        districtProvince(event.organizer, { date, near })?.today ??
        null)
  if (byOrganizer !== null)
    return { ...byOrganizer, source: 'organizer', confidence: EVENT_PROVINCE_CONFIDENCE.organizer }
  if (event.location !== null) {
    const place =
      findProvinces(event.location, { date })[0]?.province ??
      resolveProvince(event.location, { date }) ??
      districtProvince(event.location, { date, near })
    if (place !== null) return { ...place.today, source: 'location', confidence: EVENT_PROVINCE_CONFIDENCE.location }
  }
  if (article !== null) return { ...article, source: 'article', confidence: EVENT_PROVINCE_CONFIDENCE.article }
  return site === null ? null : { ...site.today, source: 'site', confidence: EVENT_PROVINCE_CONFIDENCE.site }
}
