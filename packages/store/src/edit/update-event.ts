import { EventSchema } from '@vanban/core'
import { z } from 'zod'
import type { Event, PrismaClient } from '../generated/prisma/client.ts'
import { dateColumns, eventSearchKey } from '../ingest/keys.ts'

/** An editorial correction of a stored event. Omitted fields stay as they are; `null` clears one. */
export const EventCorrectionSchema = z.object({
  id: z.number().int().positive(),
  kind: EventSchema.shape.kind.nullish(),
  title: EventSchema.shape.title.optional(),
  date: EventSchema.shape.date.optional(),
  partOfDay: EventSchema.shape.partOfDay.optional(),
  location: EventSchema.shape.location.optional(),
})
/** {@link EventCorrectionSchema}'s input. */
export type EventCorrection = z.input<typeof EventCorrectionSchema>

/** The corrected event, or `null` when no event has that id. */
export async function updateEvent(prisma: PrismaClient, input: EventCorrection): Promise<Event | null> {
  const event = await prisma.event.findUnique({ where: { id: input.id }, include: { organizer: true } })
  if (event === null) return null
  const dates =
    input.date === undefined
      ? {}
      : (() => {
          const { start, end } = dateColumns(input.date ?? null)
          // An editor's date is a stated one, not inferred.
          const date = input.date ?? null
          return { date, dateStart: start, dateEnd: end, dateInferred: false, dateConfidence: date === null ? null : 1 }
        })()
  const data = {
    ...dates,
    ...(input.kind != null ? { kind: input.kind } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.partOfDay !== undefined ? { partOfDay: input.partOfDay } : {}),
    ...(input.location !== undefined ? { location: input.location } : {}),
  }
  const key = eventSearchKey({
    title: data.title === undefined ? event.title : data.title,
    organizer: event.organizer?.name ?? null,
    location: data.location === undefined ? event.location : data.location,
  })
  return prisma.event.update({ where: { id: input.id }, data: { ...data, searchKey: key } })
}
