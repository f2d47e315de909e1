import { z } from 'zod'
import { labels } from './labels.ts'

/**
 * What an event is, from the words news writes for it: `hội nghị` (conference), `sinh hoạt
 * chuyên đề` (thematic session), `tập huấn`/`bồi dưỡng` (training), `sơ kết`/`tổng kết` (review),
 * `quán triệt`/`tuyên truyền`/`học tập` (dissemination), `lễ` (ceremony), `hội thi`/`cuộc thi`
 * (contest), `ra mắt`/`khai trương` (launch). The kinds are those of the gold annotations in
 * `shared/corpus/README.md`.
 */
export const EventKindSchema = z.enum([
  'conference',
  'thematic_session',
  'training',
  'review',
  'dissemination',
  'ceremony',
  'contest',
  'launch',
  'other',
])

/** The kind of an event. */
export type EventKind = z.infer<typeof EventKindSchema>

/** Vietnamese and English labels for each event kind. */
export const EVENT_KIND_LABELS = labels<EventKind>({
  conference: { vi: 'Hội nghị', en: 'Conference' },
  thematic_session: { vi: 'Sinh hoạt chuyên đề', en: 'Thematic session' },
  training: { vi: 'Tập huấn, bồi dưỡng', en: 'Training' },
  review: { vi: 'Sơ kết, tổng kết', en: 'Review' },
  dissemination: { vi: 'Học tập, quán triệt, tuyên truyền', en: 'Dissemination' },
  ceremony: { vi: 'Lễ', en: 'Ceremony' },
  contest: { vi: 'Hội thi, cuộc thi', en: 'Contest' },
  launch: { vi: 'Ra mắt, khai trương', en: 'Launch' },
  other: { vi: 'Sự kiện khác', en: 'Other event' },
})
