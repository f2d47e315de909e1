import { decodeGlobalID } from '@pothos/plugin-relay'
import { ArticleSchema, DirectiveSchema, type EventKind, EventSchema, type PartOfDay } from '@vanban/core'
import { type IngestResult, ingestText, type StoredRef, updateEvent, upsertDirective } from '@vanban/store'
import { z } from 'zod'
import type { Builder } from './builder.ts'
import type { Enums } from './enums.ts'
import { NotAuthorizedError, NotFoundError, ValidationError } from './errors.ts'
import { DirectiveCodeSchema } from './filters.ts'
import type { Nodes } from './nodes.ts'

function eventId(globalId: string): number {
  const decoded = (() => {
    try {
      return decodeGlobalID(globalId)
    } catch {
      return null
    }
  })()
  if (decoded?.typename !== 'Event' || !/^\d+$/.test(decoded.id)) {
    throw new ValidationError('input.id', 'expected the global id of an Event, as `Event.id` returns it')
  }
  return Number(decoded.id)
}

type StoredIngest = Exclude<IngestResult, { status: 'failed' }>

/**
 * The keyed mutations: `ingestArticle` (extract and store an article), `upsertDirective` and
 * `updateEvent` (editorial corrections). Inputs are validated with core's schemas; results are
 * unions with `ValidationError` and `NotAuthorizedError` (and `NotFoundError` for an unknown
 * event), so clients handle failures as data.
 */
export function addMutations(builder: Builder, enums: Enums, nodes: Nodes) {
  const IngestArticleInput = builder.inputType('IngestArticleInput', {
    fields: (t) => ({
      text: t.string({
        required: true,
        description: 'The article as plain text: title, date line and body, as scraped.',
        validate: z.string().trim().min(1, 'the article text is empty'),
      }),
      url: t.string({
        description: 'Where it was published; identifies the article.',
        validate: ArticleSchema.shape.url.optional(),
      }),
      source: t.string({
        description: 'The publishing site: Báo Nhân Dân, tuyengiao.vn...',
        validate: ArticleSchema.shape.source.optional(),
      }),
    }),
  })

  const IngestCounts = builder.objectRef<readonly StoredRef[]>('IngestCounts').implement({
    description: 'How many records of one kind the ingest created, and how many it found already stored.',
    fields: (t) => ({
      created: t.int({ resolve: (refs) => refs.filter((r) => r.created).length }),
      matched: t.int({ resolve: (refs) => refs.filter((r) => !r.created).length }),
    }),
  })

  const IngestArticleResult = builder.objectRef<StoredIngest>('IngestArticleResult').implement({
    description: 'The stored article and what the ingest created or matched.',
    fields: (t) => ({
      status: t.exposeString('status', {
        description: '`new`, `updated` (the article was stored before and its facts changed) or `unchanged`.',
      }),
      article: t.prismaField({
        type: 'Article',
        resolve: (query, result, _args, context) =>
          context.prisma.article.findUniqueOrThrow({ ...query, where: { id: result.articleId } }),
      }),
      directives: t.field({ type: IngestCounts, resolve: (r) => r.directives }),
      events: t.field({ type: IngestCounts, resolve: (r) => r.events }),
      organizations: t.field({ type: IngestCounts, resolve: (r) => r.organizations }),
      people: t.field({ type: IngestCounts, resolve: (r) => r.people }),
      warnings: t.stringList({
        description: 'Facts that could not be stored, and why; the rest of the article was.',
        resolve: (r) => r.warnings,
      }),
    }),
  })

  const UpsertDirectiveInput = builder.inputType('UpsertDirectiveInput', {
    fields: (t) => ({
      code: t.string({
        required: true,
        validate: DirectiveCodeSchema,
        description: 'The code in any spelling; stored canonical.',
      }),
      issuedOn: t.string({ validate: DirectiveSchema.shape.issuedOn.optional() }),
      issuingBody: t.string({ validate: DirectiveSchema.shape.issuingBody.optional() }),
      title: t.string({ validate: DirectiveSchema.shape.title.optional() }),
    }),
  })

  const UpdateEventInput = builder.inputType('UpdateEventInput', {
    fields: (t) => ({
      id: t.id({ required: true }),
      kind: t.field({ type: enums.EventKind }),
      title: t.string({ validate: EventSchema.shape.title.optional() }),
      date: t.string({ validate: EventSchema.shape.date.optional() }),
      partOfDay: t.field({ type: enums.PartOfDay }),
      location: t.string({ validate: EventSchema.shape.location.optional() }),
    }),
  })

  const keyed = { authScopes: { apiKey: true } } as const

  builder.mutationFields((t) => ({
    ingestArticle: t.field({
      ...keyed,
      type: IngestArticleResult,
      description:
        'Extracts an article and stores it with its directives, events, organisations and people. Needs an API key.',
      args: { input: t.arg({ type: IngestArticleInput, required: true }) },
      errors: {
        types: [ValidationError, NotAuthorizedError],
        directResult: true,
        union: { name: 'IngestArticlePayload' },
      },
      resolve: async (_root, { input }, context) => {
        const outcome = await ingestText(context.prisma, input.text, {
          ...(input.url ? { url: input.url } : {}),
          ...(input.source ? { source: input.source } : {}),
        })
        if (outcome.status !== 'failed') return outcome
        // the extractor's or the schema's objection is about the text; anything else is ours
        if (/^(extraction failed|invalid extraction)/.test(outcome.reason))
          throw new ValidationError('input.text', outcome.reason)
        throw new Error(`ingest failed: ${outcome.reason}`)
      },
    }),
    upsertDirective: t.field({
      ...keyed,
      type: nodes.Directive,
      description:
        'Creates a directive by code, or corrects the title, issue date or issuing body of the newest one with that code. Needs an API key.',
      args: { input: t.arg({ type: UpsertDirectiveInput, required: true }) },
      errors: {
        types: [ValidationError, NotAuthorizedError],
        directResult: true,
        union: { name: 'UpsertDirectivePayload' },
      },
      resolve: async (_root, { input }, context) => {
        const upserted = await upsertDirective(context.prisma, input)
        if (!upserted.ok) throw new ValidationError(`input.${upserted.field}`, upserted.reason)
        return upserted.directive
      },
    }),
    updateEvent: t.field({
      ...keyed,
      type: nodes.Event,
      description: "Corrects an event's kind, title, date, part of day or location. Needs an API key.",
      args: { input: t.arg({ type: UpdateEventInput, required: true }) },
      errors: {
        types: [ValidationError, NotAuthorizedError, NotFoundError],
        directResult: true,
        union: { name: 'UpdateEventPayload' },
      },
      resolve: async (_root, { input }, context) => {
        const event = await updateEvent(context.prisma, {
          ...input,
          id: eventId(String(input.id)),
          kind: input.kind as EventKind | null | undefined,
          partOfDay: input.partOfDay as PartOfDay | null | undefined,
        })
        if (event === null) throw new NotFoundError(`no event has the id ${String(input.id)}`)
        return event
      },
    }),
  }))
}
