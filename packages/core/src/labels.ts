/** A Vietnamese and an English label for one value of a vocabulary. */
export type Label = { readonly vi: string; readonly en: string }

/**
 * Checks at compile time that a label table covers every value of an enum, and nothing else.
 * Each vocabulary keeps its labels next to its values so that a new value cannot ship unlabelled.
 */
export function labels<const V extends string>(table: { readonly [K in V]: Label }): { readonly [K in V]: Label } {
  return table
}
