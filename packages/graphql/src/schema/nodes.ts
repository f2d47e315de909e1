import type { EventKind, OrganizationKind, PartOfDay } from '@vanban/core'
import type { Builder } from './builder.ts'
import type { GraphQLContext } from './context.ts'
import { childRowsTotal, countDescriptions, totalOf } from './counts.ts'
import type { Enums } from './enums.ts'
import { boundedRelation, firstPerKey } from './lists.ts'

/**
 * The stored records as Relay nodes (global ids, `node(id:)`), with their own columns and the
 * relations Prisma holds directly. Links through join rows (citations, reports) are in links.ts.
 */
export function addNodes(builder: Builder, enums: Enums, maxPageSize: number, countCap: number) {
  // A person's participations counted for every person of the request in one statement, up to
  // the cap: a person named in most of a million articles is not counted row by row.
  const participationDescriptions = countDescriptions(
    countCap,
    'The participations recorded, counted for every person of the request in one statement from the personId index',
  )
  const participationTotal = (context: GraphQLContext, connection: object) =>
    totalOf(connection, () =>
      childRowsTotal(
        context,
        { table: 'Participation', column: 'personId' },
        (connection as { parent: { id: number } }).parent.id,
        countCap,
      ),
    )

  const Directive = builder.prismaNode('Directive', {
    id: { field: 'id' },
    select: { id: true },
    nullable: true,
    description: 'A Party or State document with a code, such as Nghị quyết 35-NQ/TW or Nghị định 13/2023/NĐ-CP.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Identity: the code plus issue date or term where known.' }),
      code: t.exposeString('code', { description: 'Canonical code: 35-NQ/TW, 85-QĐ/TW, 13/2023/NĐ-CP.' }),
      system: t.exposeString('system', { description: '`party` or `state`.' }),
      type: t.exposeString('type', { description: 'Document type abbreviation: NQ, QĐ, CT, HD, NĐ...' }),
      number: t.exposeString('number'),
      year: t.exposeInt('year', { nullable: true }),
      issuerCode: t.exposeString('issuerCode', { description: 'The part after the slash: TW, BTGTW, CP, UBND.' }),
      issuedOn: t.exposeString('issuedOn', { nullable: true, description: 'ISO date, partial where the source is.' }),
      issuingBody: t.exposeString('issuingBody', { nullable: true }),
      title: t.exposeString('title', { nullable: true }),
      inferred: t.exposeBoolean('inferred', { description: 'The code was implied by the text rather than written.' }),
    }),
  })

  const Organization = builder.prismaNode('Organization', {
    id: { field: 'id' },
    select: { id: true },
    nullable: true,
    description: "An organisation named in the record: an event's organiser, an issuing body.",
    fields: (t) => ({
      name: t.exposeString('name'),
      kind: t.field({
        type: enums.OrganizationKind,
        select: { kind: true },
        resolve: (o) => o.kind as OrganizationKind,
      }),
    }),
  })

  const Person = builder.prismaNode('Person', {
    id: { field: 'id' },
    select: { id: true },
    nullable: true,
    description: 'A person an article names as taking part in an event.',
    fields: (t) => ({
      name: t.exposeString('name'),
      participations: t.relatedConnection(
        'participations',
        {
          cursor: 'id',
          query: () => ({ orderBy: { id: 'asc' } }),
        },
        {
          fields: (c) => ({
            totalCount: c.int({
              description: participationDescriptions.totalCount,
              resolve: async (connection, _args, context) => (await participationTotal(context, connection)).count,
            }),
            totalCountIsEstimate: c.boolean({
              description: participationDescriptions.totalCountIsEstimate,
              resolve: async (connection, _args, context) => (await participationTotal(context, connection)).estimate,
            }),
          }),
        },
      ),
    }),
  })

  const Participation = builder.prismaObject('Participation', {
    // only the columns asked for: `sentence` is a whole sentence per row, read for nothing otherwise
    select: { id: true },
    description: "A person's part in an event, as one article reports it.",
    fields: (t) => ({
      roles: t.exposeStringList('roles', {
        description: 'Roles written beside the name: Bí thư Đảng ủy Khối, chủ trì.',
      }),
      sentence: t.exposeString('sentence', { nullable: true }),
      person: t.relation('person'),
      event: t.relation('event'),
      article: t.relation('article'),
    }),
  })

  const Event = builder.prismaNode('Event', {
    id: { field: 'id' },
    select: { id: true },
    nullable: true,
    description: 'An event that disseminates, implements or reviews directives: a conference, a thematic session...',
    fields: (t) => ({
      kind: t.field({ type: enums.EventKind, select: { kind: true }, resolve: (e) => e.kind as EventKind }),
      title: t.exposeString('title', { nullable: true }),
      date: t.exposeString('date', { nullable: true, description: 'ISO date, partial where the source is (2023-12).' }),
      dateInferred: t.exposeBoolean('dateInferred', {
        description:
          'Whether the year of `date` was inferred from the text’s own evidence (the page gave no publication date): a review span of a dated directive, the issue dates of the directives carried out, an anniversary, a year written elsewhere.',
      }),
      dateConfidence: t.exposeFloat('dateConfidence', {
        nullable: true,
        description:
          'How sure `date` is, 0 to 1: 1 when its year was written or taken from the publication date, less when inferred (less again for weaker evidence); null without a date.',
      }),
      partOfDay: t.field({
        type: enums.PartOfDay,
        nullable: true,
        select: { partOfDay: true },
        resolve: (e) => e.partOfDay as PartOfDay | null,
      }),
      location: t.exposeString('location', { nullable: true }),
      organizer: t.relation('organizer', { nullable: true }),
      participants: t.field({
        type: [Participation],
        description: `Who took part, once per person (the first article to report them), read from its first ${maxPageSize} participations by person.`,
        // no \`distinct\`: Prisma applies it after reading every row; the bounded read is deduplicated here
        select: (_args, _context, nestedSelection) => ({
          participations: boundedRelation(
            nestedSelection(true),
            'personId',
            [{ personId: 'asc' }, { id: 'asc' }],
            maxPageSize,
          ),
        }),
        resolve: (event) => firstPerKey(event.participations as { personId: number }[], (p) => p.personId) as never,
      }),
    }),
  })

  const Article = builder.prismaNode('Article', {
    id: { field: 'id' },
    select: { id: true },
    nullable: true,
    description: 'A news article about directives and the events that carry them out.',
    fields: (t) => ({
      title: t.exposeString('title', { nullable: true }),
      publishedAt: t.exposeString('publishedAt', {
        nullable: true,
        description: 'ISO date, partial where the source is.',
      }),
      byline: t.exposeString('byline', { nullable: true }),
      url: t.exposeString('url', { nullable: true }),
      source: t.exposeString('source', { nullable: true }),
      body: t.exposeStringList('body', { description: 'The body paragraphs, without captions and site boilerplate.' }),
      text: t.exposeString('text', { description: 'The normalized text every provenance span points into.' }),
    }),
  })

  return { Directive, Organization, Person, Participation, Event, Article }
}

/** The node refs. */
export type Nodes = ReturnType<typeof addNodes>
