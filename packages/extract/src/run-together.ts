import { type PartialDate, parseDateLine } from '@vanban/core'

/**
 * A page's date stamp run together with the lines around it, where a scraper joined the title,
 * the date line and the lead into one line (`Hải Dương: Tổng kết ... dân tộc 09:21 19/06/2023
 * (Mặt trận) - Chiều 16/6, ...`) or glued the date to the lead's first word (`13/9/2023Cách đây
 * 20 năm, ...`). The stamp is a day with its year and a clock time, or, glued to a capital, a
 * day with its year alone: a date in a sentence is written with words around it (`ngày
 * 19/06/2023`), never so.
 */

/** Where a run-together stamp starts and ends in its line, and the date it gives. */
export type RunTogetherStamp = { start: number; end: number; date: PartialDate }

// A clock time and a day with its year, in either order, between spaces.
const TIMED_STAMP = /\s((?:\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4})|(?:\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}))\s/u
// A day with its year opening the line, glued to the capital of the lead's first word.
const GLUED_STAMP = /^(\d{1,2}\/\d{1,2}\/\d{4})(?=\p{Lu})/u
// How far into a line a heading run together with its stamp may reach.
const HEADING_REACH = 300

/** The stamp a line runs together with its heading or its lead, or null. */
export function readRunTogetherStamp(line: string): RunTogetherStamp | null {
  const glued = GLUED_STAMP.exec(line)
  if (glued !== null) {
    const date = parseDateLine(glued[1]!)
    return date === null ? null : { start: 0, end: glued[0].length, date }
  }
  const timed = TIMED_STAMP.exec(line.slice(0, HEADING_REACH))
  if (timed === null) return null
  const date = parseDateLine(timed[1]!)
  return date === null ? null : { start: timed.index, end: timed.index + timed[0].length, date }
}
