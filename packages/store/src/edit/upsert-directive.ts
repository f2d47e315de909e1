import { DirectiveSchema, directiveIdentity, parseDirectiveCode } from '@vanban/core'
import { z } from 'zod'
import type { Directive, PrismaClient } from '../generated/prisma/client.ts'
import { dateColumns, directiveSearchKey } from '../ingest/keys.ts'

/** An editorial correction of a directive, by code in any spelling. Omitted fields stay as they are. */
export const DirectiveCorrectionSchema = z.object({
  code: z.string(),
  issuedOn: DirectiveSchema.shape.issuedOn.optional(),
  issuingBody: DirectiveSchema.shape.issuingBody.optional(),
  title: DirectiveSchema.shape.title.optional(),
})
/** {@link DirectiveCorrectionSchema}'s input. */
export type DirectiveCorrection = z.input<typeof DirectiveCorrectionSchema>

/** What {@link upsertDirective} did, or why it could not: the code was not a directive code. */
export type UpsertDirectiveResult = { ok: true; directive: Directive } | { ok: false; field: 'code'; reason: string }

/**
 * Creates a directive by code, or corrects the title, issue date or issuing body of the newest one
 * with that code (the latest `issuedStart`, then the latest row), keeping its search key in step.
 */
export async function upsertDirective(
  prisma: PrismaClient,
  input: DirectiveCorrection,
): Promise<UpsertDirectiveResult> {
  const parsed = parseDirectiveCode(input.code)
  if (parsed === null) return { ok: false, field: 'code', reason: 'not a directive code' }
  const corrections = correctionsOf(input)
  const existing = await prisma.directive.findFirst({
    where: { code: parsed.code },
    orderBy: [{ issuedStart: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  })
  // The key of the facts as they will stand: a field the correction clears (null) leaves it.
  const key = directiveSearchKey({
    code: parsed.code,
    title: corrections.title !== undefined ? corrections.title : (existing?.title ?? null),
    issuingBody: corrections.issuingBody !== undefined ? corrections.issuingBody : (existing?.issuingBody ?? null),
  })
  if (existing !== null) {
    return {
      ok: true,
      directive: await prisma.directive.update({
        where: { id: existing.id },
        data: { ...corrections, searchKey: key },
      }),
    }
  }
  const directive = await prisma.directive.create({
    data: { ...directiveIdentity(parsed, input.issuedOn), inferred: false, searchKey: key, ...corrections },
  })
  return { ok: true, directive }
}

// The columns a correction sets: the issue date with the days it covers, and the given texts.
function correctionsOf(input: DirectiveCorrection) {
  const dates =
    input.issuedOn === undefined
      ? {}
      : (() => {
          const { start, end } = dateColumns(input.issuedOn ?? null)
          return { issuedOn: input.issuedOn ?? null, issuedStart: start, issuedEnd: end }
        })()
  return {
    ...dates,
    ...(input.issuingBody !== undefined ? { issuingBody: input.issuingBody } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
  }
}
