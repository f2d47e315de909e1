import { z } from 'zod'
import { labels } from './labels.ts'

/**
 * What kind of body an organisation is, read from the head of its name: `Đảng ủy`, `Chi bộ`,
 * `Thành ủy`... are Party committees and cells; `Ban Chỉ đạo` a steering committee; `Bộ`, `Sở`,
 * `Ủy ban nhân dân` the State; `Hội`, `Đoàn`, `Mặt trận` mass organisations.
 */
export const OrganizationKindSchema = z.enum([
  'party_committee',
  'party_cell',
  'party_agency',
  'steering_committee',
  'state_agency',
  'mass_organization',
  'press',
  'other',
])

/** The kind of an organisation. */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>

/** Vietnamese and English labels for each organisation kind. */
export const ORGANIZATION_KIND_LABELS = labels<OrganizationKind>({
  party_committee: { vi: 'Cấp ủy đảng', en: 'Party committee' },
  party_cell: { vi: 'Chi bộ', en: 'Party cell' },
  party_agency: { vi: 'Cơ quan tham mưu của Đảng', en: 'Party advisory agency' },
  steering_committee: { vi: 'Ban chỉ đạo', en: 'Steering committee' },
  state_agency: { vi: 'Cơ quan nhà nước', en: 'State agency' },
  mass_organization: { vi: 'Tổ chức chính trị - xã hội', en: 'Mass organisation' },
  press: { vi: 'Cơ quan báo chí', en: 'Press' },
  other: { vi: 'Tổ chức khác', en: 'Other organisation' },
})

/**
 * The tier of the system an organisation belongs to, read from its name: `central` (Central
 * Committee bodies, ministries, the National Assembly, the Government), `bloc` (`Đảng ủy Khối`),
 * `provincial` (`Tỉnh ủy`, `Thành ủy` of a centrally-run city, `UBND tỉnh`, `Sở`), `district`
 * (`Huyện ủy`, `Quận ủy`, `Thị ủy`: a level until 30 June 2025), `commune` (`Đảng ủy xã`,
 * `UBND phường`) and `grassroots` (`chi bộ`, `tổ đảng`).
 */
export const OrganizationLevelSchema = z.enum(['central', 'bloc', 'provincial', 'district', 'commune', 'grassroots'])

/** The level of an organisation. */
export type OrganizationLevel = z.infer<typeof OrganizationLevelSchema>

/** Vietnamese and English labels for each organisation level. */
export const ORGANIZATION_LEVEL_LABELS = labels<OrganizationLevel>({
  central: { vi: 'Trung ương', en: 'Central' },
  bloc: { vi: 'Khối', en: 'Bloc' },
  provincial: { vi: 'Cấp tỉnh', en: 'Provincial' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  grassroots: { vi: 'Cơ sở', en: 'Grassroots' },
})

/**
 * Where a province was read from: an organisation's `name`, an event's `organizer` or
 * `location`, the `article` (the province most of its named places are in), or the `site` that
 * published it (a provincial portal's domain).
 */
export const ProvinceSourceSchema = z.enum(['name', 'organizer', 'location', 'article', 'site'])

/** Where a province was read from. */
export type ProvinceSource = z.infer<typeof ProvinceSourceSchema>

/**
 * A province placed on a record: the unit of the 34 in force today (`code`, `name`), where it
 * was read from and how sure the reading is (0 to 1).
 */
export const PlacedProvinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  source: ProvinceSourceSchema,
  confidence: z.number().min(0).max(1),
})

/** A province placed on a record. */
export type PlacedProvince = z.infer<typeof PlacedProvinceSchema>

/**
 * An organisation named in the record: an event's organiser, a directive's issuing body, a
 * person's unit. Identity is the normalized name (`normalizeText`, then `foldDiacritics` for
 * matching), so `Đảng uỷ Khối` and `Đảng ủy Khối` are one organisation. `level` and `province`
 * are read from the name, null when it does not say.
 */
export const OrganizationSchema = z.object({
  name: z.string().min(1),
  kind: OrganizationKindSchema,
  level: OrganizationLevelSchema.nullable(),
  province: PlacedProvinceSchema.nullable(),
})

/** An organisation. */
export type Organization = z.infer<typeof OrganizationSchema>
