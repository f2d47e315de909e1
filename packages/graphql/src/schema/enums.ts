import {
  DirectiveRelationTypeSchema,
  EventKindSchema,
  OrganizationKindSchema,
  OrganizationLevelSchema,
  PartOfDaySchema,
  ProvinceSourceSchema,
} from '@vanban/core'
import type { Builder } from './builder.ts'

function enumValues<const V extends string>(values: readonly V[]): Record<string, { value: V }> {
  return Object.fromEntries(values.map((value) => [value.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), { value }]))
}

/** Which way a relation is read from the directive it is listed under. */
export const RELATION_DIRECTIONS = ['outgoing', 'incoming'] as const

/**
 * The GraphQL enums, named after core's vocabularies (upper-case GraphQL names, core's values
 * inside): `THEMATIC_SESSION` is `thematic_session`, `GUIDED_BY`... so resolvers work with the
 * same strings the database and core hold.
 */
export function addEnums(builder: Builder) {
  return {
    EventKind: builder.enumType('EventKind', { values: enumValues(EventKindSchema.options) }),
    OrganizationKind: builder.enumType('OrganizationKind', { values: enumValues(OrganizationKindSchema.options) }),
    OrganizationLevel: builder.enumType('OrganizationLevel', {
      description:
        'The tier of the system an organisation belongs to, read from its name: CENTRAL (Central Committee bodies, ministries), BLOC (Đảng ủy Khối), PROVINCIAL (Tỉnh ủy, UBND tỉnh, Sở), DISTRICT (Huyện ủy: a level until 30 June 2025), COMMUNE (Đảng ủy xã/phường), GRASSROOTS (chi bộ, tổ đảng).',
      values: enumValues(OrganizationLevelSchema.options),
    }),
    ProvinceSource: builder.enumType('ProvinceSource', {
      description:
        "Where a province was read from: an organisation's NAME, an event's ORGANIZER or LOCATION, the ARTICLE (the province most of its named places are in), or the SITE that published it.",
      values: enumValues(ProvinceSourceSchema.options),
    }),
    PartOfDay: builder.enumType('PartOfDay', { values: enumValues(PartOfDaySchema.options) }),
    DirectiveRelationType: builder.enumType('DirectiveRelationType', {
      values: enumValues(DirectiveRelationTypeSchema.options),
    }),
    RelationDirection: builder.enumType('RelationDirection', {
      description: 'OUTGOING: this directive is the source (it guides the other); INCOMING: the other is.',
      values: enumValues(RELATION_DIRECTIONS),
    }),
  }
}

/** The enum refs. */
export type Enums = ReturnType<typeof addEnums>
