import { isWhiteUnit } from './unit-class.ts'

/**
 * `text.replace(/\s+/gu, ' ').trim()` (the same with `/\s+/g`: no surrogate is white space): the
 * text itself when its only white space is single spaces between other characters, which that
 * leaves as they are, as most headlines and names are written.
 */
export function oneLine(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isWhiteUnit(c)) continue
    if (c !== 32 || i === 0 || i === text.length - 1 || isWhiteUnit(text.charCodeAt(i - 1)))
      return text.replace(/\s+/gu, ' ').trim()
  }
  return text
}
