import { parsePrismaCursor } from '@pothos/plugin-prisma'
import { z } from 'zod'
import { ValidationError } from './errors.ts'
import { isKeysetCursor } from './keyset.ts'

// Every stored record's id is a positive integer, and its global id `Type:id` in base64.
const GLOBAL_ID = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/**
 * Reads a global id strictly: `Directive:1 OR 1=1` or `Directive:01` names no record, where the
 * relay plugin's default would read it as `Directive:1` (parseInt). Anything else is a
 * {@link ValidationError} on `id`.
 */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const match = BASE64.test(globalId) ? GLOBAL_ID.exec(Buffer.from(globalId, 'base64').toString()) : null
  if (match === null) {
    throw new ValidationError('id', 'not an id this API gave out; pass the `id` of a record it returned')
  }
  return { typename: match[1] as string, id: match[2] as string }
}

function isIdCursor(cursor: string): boolean {
  try {
    const id = parsePrismaCursor(cursor)
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0
  } catch {
    return false
  }
}

/**
 * A connection's `after` or `before`: a cursor this API gave out (a keyset cursor, or an id cursor
 * of a Prisma connection), else a ValidationError.
 */
export const CursorArgSchema = z
  .string()
  .max(512, 'not a cursor from this list; pass a `cursor`, `startCursor` or `endCursor` it returned')
  .refine(
    (c) => isKeysetCursor(c) || isIdCursor(c),
    'not a cursor from this list; pass a `cursor`, `startCursor` or `endCursor` it returned',
  )
  .nullish()
