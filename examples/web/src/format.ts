import { parsePartialDate } from '@vanban/core'

const PART_OF_DAY_VI: Record<string, string> = {
  morning: 'sáng',
  noon: 'trưa',
  afternoon: 'chiều',
  evening: 'tối',
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

/**
 * A partial date as Vietnamese readers write it: `ngày 8/12/2023` (with the part of the day in
 * front when known, as core's value or the gateway's enum name: `MORNING` gives
 * `sáng ngày 8/12/2023`), `tháng 12/2023`, `quý II/2023` or `năm 2023`.
 * A missing date reads `chưa rõ thời gian`; a string that is not a partial date is shown as it
 * came, so a schema change on the server shows up on screen instead of vanishing.
 */
export function formatDateVi(date: string | null | undefined, partOfDay?: string | null): string {
  if (date === null || date === undefined || date === '') return 'chưa rõ thời gian'
  const d = parsePartialDate(date)
  if (d === null) return date
  switch (d.precision) {
    case 'day': {
      const day = `ngày ${d.day}/${d.month}/${d.year}`
      const part = partOfDay ? PART_OF_DAY_VI[partOfDay.toLowerCase()] : undefined
      return part === undefined ? day : `${part} ${day}`
    }
    case 'month':
      return `tháng ${d.month}/${d.year}`
    case 'quarter':
      return `quý ${ROMAN_QUARTERS[(d.quarter ?? 1) - 1]}/${d.year}`
    case 'year':
      return `năm ${d.year}`
  }
}
