/**
 * Values read only when a reader asks for them: an article's place is read over its whole text,
 * and most events never need it.
 */

/** A value given as it is, or by a function that works it out when asked. */
export type Lazy<T> = T | (() => T)

/** A lazy value's value, worked out now when it is a function. */
export function valueNow<T>(value: Lazy<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value
}

/** A value read the first time `value` is called and kept after; `asked` tells whether it was. */
export type Kept<T> = { readonly value: () => T; readonly asked: () => boolean }

/** What `read` gives, read the first time it is asked for and kept for every later reader. */
export function kept<T>(read: () => T): Kept<T> {
  let known = false
  let value: T
  return {
    value: () => {
      if (!known) {
        value = read()
        known = true
      }
      return value
    },
    asked: () => known,
  }
}
