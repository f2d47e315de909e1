import { readDateCue } from '@vanban/core'

/**
 * A title some sites close with a full stop, as the sentence it is (`Đảng bộ xã ... tổ chức Lễ kỷ
 * niệm 133 năm sinh Chủ tịch Hồ Chí Minh.`): a news lead restates its title with the day and
 * place added (`Sáng ngày 18/5, Đảng bộ xã ... tổ chức Lễ kỷ niệm ...`), so a one-sentence line
 * whose words the lead below repeats, the lead opening with its time, is the title; a paragraph
 * of the body or a caption is restated, if at all, by a sentence of the body (`Tại hội nghị, ...`).
 */

// How many lines below the title the lead may stand (a photo's caption may come between).
const LEAD_LINES = 3
// The share of the title's words the lead repeats.
const RESTATED_SHARE = 0.7
// A title is one sentence of a few words.
const MIN_WORDS = 6
const MAX_WORDS = 50

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []

/**
 * True when `line` is one sentence closed by a single full stop and one of the `below` lines
 * (the next few, nearest first) opens with a time (`Sáng ngày 18/5`, `Ngày 03/02/2025`) and
 * repeats at least 70% of its distinct words.
 */
export function isRestatedTitle(line: string, below: readonly string[]): boolean {
  const l = line.trim()
  // One full stop at the end, none inside: an ellipsis or a second sentence is a paragraph's.
  if (!/[^.…]\.$/u.test(l) || /[.!?…]\s/u.test(l)) return false
  const words = new Set(wordsOf(l))
  if (words.size < MIN_WORDS || words.size > MAX_WORDS) return false
  for (const next of below.slice(0, LEAD_LINES)) {
    if (next.trim().length <= l.length / 2 || readDateCue(next.trim()) === null) continue
    const lead = new Set(wordsOf(next))
    let shared = 0
    for (const w of words) if (lead.has(w)) shared++
    if (shared >= RESTATED_SHARE * words.size) return true
  }
  return false
}
