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
 * An organisation named in the record: an event's organiser, a directive's issuing body, a
 * person's unit. Identity is the normalized name (`normalizeText`, then `foldDiacritics` for
 * matching), so `Đảng uỷ Khối` and `Đảng ủy Khối` are one organisation.
 */
export const OrganizationSchema = z.object({
  name: z.string().min(1),
  kind: OrganizationKindSchema,
})

/** An organisation. */
export type Organization = z.infer<typeof OrganizationSchema>
