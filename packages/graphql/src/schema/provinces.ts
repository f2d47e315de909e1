import {
  type OrganizationLevel,
  PROVINCES,
  type Province,
  type ProvinceSource,
  provinceByCode,
  resolveProvince,
} from '@vanban/core'
import { z } from 'zod'
import type { Builder } from './builder.ts'
import type { Enums } from './enums.ts'
import { DirectiveCodeSchema } from './filters.ts'

/**
 * A province in a filter: a code of the 34 units in force today (`79`) or a name in any spelling
 * core's resolveProvince reads (`TP.HCM`, `Thừa Thiên Huế`, `Bình Dương`), turned into the code of
 * today's unit that holds it.
 */
export const ProvinceCodeSchema = z.string().transform((text, ctx) => {
  const code = provinceByCode(text.trim())?.code ?? resolveProvince(text)?.today.code
  if (code === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a province; expected a code of the 34 provincial units (01, 79) or a name (Hà Nội, TP.HCM, Bình Dương)`,
    })
    return z.NEVER
  }
  return code
})

/** A row of the coverage statement: a province's events for one directive. */
type CoverageRow = { code: string; count: number; first: string | null; last: string | null }

/** One province's coverage of a directive. */
type ProvinceCoverage = { province: Province; count: number; first: string | null; last: string | null }

// The events that carry a directive, counted per province, with the dates of the first and the
// last (as stored, partial where the source is): one statement. The events and their provinces
// and days come from the citations' (directive, event start, event end, event, event province)
// index alone (the triggers keep those copies equal to the event's); only the first and last
// event of each province are read, for their dates as stored.
const COVERAGE = `WITH cited AS (
    SELECT DISTINCT c."eventId" AS id, c."eventProvinceCode" AS code, c."eventDateStart" AS start, c."eventDateEnd" AS "end"
    FROM "Citation" c
    WHERE c."directiveId" IN (SELECT d.id FROM "Directive" d WHERE d.code = $1)
      AND c."eventId" IS NOT NULL AND c."eventProvinceCode" IS NOT NULL
  ), placed AS (
    SELECT code, count(*)::int AS count,
      (array_agg(id ORDER BY start, id) FILTER (WHERE start IS NOT NULL))[1] AS "firstId",
      (array_agg(id ORDER BY "end" DESC, id DESC) FILTER (WHERE start IS NOT NULL))[1] AS "lastId"
    FROM cited GROUP BY code
  )
  SELECT p.code, p.count, f.date AS first, l.date AS last
  FROM placed p LEFT JOIN "Event" f ON f.id = p."firstId" LEFT JOIN "Event" l ON l.id = p."lastId"`

/**
 * `Province { code name }`, the province of events and organisations and the level of
 * organisations (fields on the nodes of nodes.ts), and `coverage(directive)`: for each of the 34
 * provinces, how many events carried the directive there, and when the first and the last were.
 */
export function addProvinces(builder: Builder, enums: Enums) {
  const ProvinceRef = builder.objectRef<Province>('Province').implement({
    description: 'A provincial unit of the 34 in force since 1 July 2025 (Nghị quyết 202/2025/QH15).',
    fields: (t) => ({
      code: t.exposeString('code', { description: 'The official two-digit code (Quyết định 19/2025/QĐ-TTg): 01, 79.' }),
      name: t.exposeString('name', { description: 'The name without tỉnh/thành phố: Hà Nội, Hồ Chí Minh.' }),
    }),
  })

  builder.prismaObjectFields('Organization', (t) => ({
    level: t.field({
      type: enums.OrganizationLevel,
      nullable: true,
      select: { level: true },
      resolve: (o) => o.level as OrganizationLevel | null,
    }),
    province: t.field({
      type: ProvinceRef,
      nullable: true,
      description: 'The province its name states, as the unit of the 34 that holds it today.',
      select: { provinceCode: true },
      resolve: (o) => (o.provinceCode === null ? null : (provinceByCode(o.provinceCode) ?? null)),
    }),
  }))

  builder.prismaObjectFields('Event', (t) => ({
    province: t.field({
      type: ProvinceRef,
      nullable: true,
      description: 'The province it was held in, as the unit of the 34 that holds it today.',
      select: { provinceCode: true },
      resolve: (e) => (e.provinceCode === null ? null : (provinceByCode(e.provinceCode) ?? null)),
    }),
    provinceSource: t.field({
      type: enums.ProvinceSource,
      nullable: true,
      description: 'Where the province was read from.',
      select: { provinceSource: true },
      resolve: (e) => e.provinceSource as ProvinceSource | null,
    }),
    provinceConfidence: t.float({
      nullable: true,
      description: 'How sure the province is, 0 to 1.',
      select: { provinceConfidence: true },
      resolve: (e) => e.provinceConfidence,
    }),
  }))

  const Coverage = builder.objectRef<ProvinceCoverage>('ProvinceCoverage').implement({
    description: "A province's events carrying one directive.",
    fields: (t) => ({
      province: t.field({ type: ProvinceRef, resolve: (c) => c.province }),
      count: t.exposeInt('count'),
      first: t.exposeString('first', { nullable: true, description: 'The date of the first event (partial ISO).' }),
      last: t.exposeString('last', { nullable: true, description: 'The date of the last event (partial ISO).' }),
    }),
  })

  builder.queryFields((t) => ({
    provinces: t.field({
      type: [ProvinceRef],
      description: 'The 34 provincial units in force today, in code order.',
      resolve: () => [...PROVINCES],
    }),
    coverage: t.field({
      type: [Coverage],
      description:
        'How far a directive travelled: one entry for each of the 34 provinces, in code order, with the number of events that carried it there (0 where none did) and the dates of the first and the last.',
      args: { directive: t.arg.string({ required: true, validate: DirectiveCodeSchema }) },
      resolve: async (_root, args, context) => {
        const rows = await context.prisma.$queryRawUnsafe<CoverageRow[]>(COVERAGE, args.directive)
        const byCode = new Map(rows.map((r) => [r.code, r]))
        return PROVINCES.map((province) => {
          const row = byCode.get(province.code)
          return { province, count: row?.count ?? 0, first: row?.first ?? null, last: row?.last ?? null }
        })
      },
    }),
  }))

  return { Province: ProvinceRef }
}
