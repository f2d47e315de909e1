/**
 * Shortcuts of the date scan that its tests turn off, to check that the scan with them finds
 * what the full reading finds. Internal to the package: not exported from its index.
 *
 * @module
 */

/** Each shortcut, on unless a test turns it off. */
export const scanShortcuts = {
  /** Without a reference, the grammar is not woken before a word no date holds on the way to the year. */
  wordsBeforeYear: true,
}
