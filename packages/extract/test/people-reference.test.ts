import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPeople, mergePeople } from '../src/people.ts'
import {
  ADMINISTRATIVE_UNITS,
  HISTORICAL_FIGURES,
  HONORIFICS,
  NAMING_WORDS_ANY_CASE,
  NAMING_WORDS_AS_WRITTEN,
  OPEN_TITLES,
  PLACES_NAMED_LIKE_PEOPLE,
  RANK_GRADES,
  RANKS,
  ROLE_ENDS,
  ROLE_OPENINGS,
  ROLE_OPENINGS_ANY_CASE,
  ROLES_BEFORE_NAMES,
  SURNAMES,
  TITLE_ABBREVIATIONS,
  TITLES,
} from '../src/rules/people-words.ts'
import { findPeople as findPeopleByExpressions, mergePeople as mergePeopleByExpressions } from './people-reference.ts'
import { piece } from './piece.ts'

// Texts made of the words the reading looks for, names, and the separators between them, so that
// random texts reach every branch: honorifics before and capitalised, titles, roles before and
// after, lists, naming words, units, and characters outside the basic plane or white space
// other than a space.
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1)
const words = [
  ...HONORIFICS.flatMap((h) => [h.words, capitalised(h.words)]),
  ...TITLES,
  ...OPEN_TITLES,
  ...TITLE_ABBREVIATIONS,
  ...RANK_GRADES.flatMap((g) => RANKS.map((r) => `${g} ${r}`)),
  ...ROLE_OPENINGS,
  ...ROLE_OPENINGS_ANY_CASE,
  ...ROLES_BEFORE_NAMES,
  ...ROLE_ENDS,
  ...NAMING_WORDS_ANY_CASE,
  ...NAMING_WORDS_AS_WRITTEN,
  ...ADMINISTRATIVE_UNITS,
  ...HISTORICAL_FIGURES,
  ...PLACES_NAMED_LIKE_PEOPLE,
  ...SURNAMES.slice(0, 12),
  'Văn',
  'Thị',
  'Minh',
  'Hùng',
  'Ông',
  'H’Mai',
  'Huyện ủy',
  'Hội',
  'các bà',
  'các đồng chí',
  'Bộ Công an',
]
const separators = [
  ' ',
  ' ',
  ' ',
  ', ',
  ',',
  ' - ',
  ' – ',
  ' — ',
  ': ',
  '. ',
  '; ',
  ' và ',
  '(phải)',
  '“',
  '\n',
  '\u00a0',
  '  ',
  '𝐋',
  '😀',
  'x',
]

const text = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...separators), fc.string({ maxLength: 2 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

describe('findPeople', () => {
  it('finds what the reading by expressions over windows found', () => {
    fc.assert(
      fc.property(text, (t) => {
        const pieces = [piece(t)]
        expect(findPeople(pieces)).toEqual(findPeopleByExpressions(pieces))
      }),
      { numRuns: 30000 },
    )
  })

  it('finds the same in long texts, where the windows are cut', () => {
    const long = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 40, maxLength: 160 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(long, (t) => {
        const pieces = [piece(t)]
        expect(findPeople(pieces)).toEqual(findPeopleByExpressions(pieces))
      }),
      { numRuns: 3000 },
    )
  })

  it('merges mentions as the reading by expressions did', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const mentions = texts.flatMap((t) => findPeopleByExpressions([piece(t)]))
        expect(mergePeople(mentions)).toEqual(mergePeopleByExpressions(mentions))
      }),
      { numRuns: 3000 },
    )
  })
})
