import type { EventKind } from '@vanban/core'

/**
 * The kind of an event from the words that name it. The activity word decides (`Hội nghị tập
 * huấn` is a training, `Hội nghị sơ kết` a review, `Lễ ra mắt` a launch, `Hội nghị thông tin
 * thời sự ... quán triệt` a dissemination); the bare heads `Lễ` and `Hội nghị` only decide when
 * no activity word follows.
 */

// Activity words, each with its kind. The earliest one in the event's name wins.
const ACTIVITIES: ReadonlyArray<readonly [string, EventKind]> = [
  ['ra mắt', 'launch'],
  ['khai trương', 'launch'],
  ['phát động', 'launch'],
  ['khánh thành', 'launch'],
  ['tập huấn', 'training'],
  ['bồi dưỡng', 'training'],
  ['đào tạo', 'training'],
  ['sơ kết', 'review'],
  ['tổng kết', 'review'],
  ['sinh hoạt chuyên đề', 'thematic_session'],
  ['hội thi', 'contest'],
  ['cuộc thi', 'contest'],
  ['vòng chung kết', 'contest'],
  ['vòng sơ khảo', 'contest'],
  ['vòng loại', 'contest'],
  ['vòng bán kết', 'contest'],
  ['hội giảng', 'contest'],
  ['quán triệt', 'dissemination'],
  ['tuyên truyền', 'dissemination'],
  ['học tập', 'dissemination'],
  ['thông tin thời sự', 'dissemination'],
  ['báo cáo viên', 'dissemination'],
  ['phổ biến', 'dissemination'],
  ['triển khai', 'dissemination'],
  ['tuyên dương', 'ceremony'],
  ['biểu dương', 'ceremony'],
  ['trao', 'ceremony'],
  ['kết nạp', 'ceremony'],
  ['khen thưởng', 'ceremony'],
  ['kỷ niệm', 'ceremony'],
  ['vinh danh', 'ceremony'],
  ['mít tinh', 'ceremony'],
  ['dâng hương', 'ceremony'],
  ['khai giảng', 'ceremony'],
  ['bế giảng', 'ceremony'],
  ['làm việc', 'other'],
  ['giám sát', 'other'],
  ['diễn tập', 'other'],
  ['đối thoại', 'other'],
  ['tiếp xúc', 'other'],
  ['kiểm tra', 'other'],
  ['khảo sát', 'other'],
]

// Heads that name an event without saying what it does.
const HEADS: ReadonlyArray<readonly [string, EventKind]> = [
  ['lễ', 'ceremony'],
  ['hội nghị', 'conference'],
  ['hội thảo', 'conference'],
  ['tọa đàm', 'conference'],
  ['diễn đàn', 'conference'],
  ['giao ban', 'conference'],
  ['đại hội', 'conference'],
  ['gặp mặt', 'conference'],
  ['họp', 'conference'],
  ['phiên họp', 'conference'],
  ['kỳ họp', 'conference'],
  ['lớp', 'training'],
  ['khóa', 'training'],
]

/** Event-naming words that may follow `tổ chức` (the head of an event's name). */
export const EVENT_HEADS: readonly string[] = [
  ...HEADS.map(([w]) => w),
  'buổi',
  'đợt',
  'cuộc họp',
  'chương trình',
  'ngày hội',
  'hội diễn',
  'liên hoan',
  'triển lãm',
  'sinh hoạt chuyên đề',
  'tập huấn',
  'bồi dưỡng',
  'sơ kết',
  'tổng kết',
  'hội thi',
  'cuộc thi',
  'vòng',
  'hội giảng',
  'tuyên dương',
  'kết nạp',
  'trao',
  'ra mắt',
  'khai trương',
  'phát động',
  'quán triệt',
  'học tập',
  'hội thao',
  'diễn tập',
  'đối thoại',
  'tiếp xúc cử tri',
]

type Phrases = ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], EventKind]>>

// The phrases of a list by their first word, each keeping its place in the list.
function byFirstWord(list: ReadonlyArray<readonly [string, EventKind]>): Phrases {
  const map = new Map<string, Array<readonly [readonly string[], EventKind]>>()
  for (const [phrase, kind] of list) {
    const words = phrase.split(' ')
    const same = map.get(words[0]!)
    if (same === undefined) map.set(words[0]!, [[words, kind]])
    else same.push([words, kind])
  }
  return map
}

// The kind of the phrase that starts earliest in `words`, the one listed first when several
// start at the same word: each word is looked up once instead of every phrase searched for.
function earliestKind(words: readonly string[], phrases: Phrases): EventKind | null {
  for (let i = 0; i < words.length; i++) {
    const candidates = phrases.get(words[i]!)
    if (candidates === undefined) continue
    outer: for (const [p, kind] of candidates) {
      if (i + p.length > words.length) continue
      for (let k = 1; k < p.length; k++) if (words[i + k] !== p[k]) continue outer
      return kind
    }
  }
  return null
}

// The word lists indexed once, not per classification.
const ACTIVITY_WORDS = byFirstWord(ACTIVITIES)
const HEAD_WORDS = byFirstWord(HEADS)

/** Lower-case words of a phrase with quoted titles removed (a title's words are not the event's). */
export function eventWords(phrase: string, limit: number): string[] {
  // `trao đổi` (to discuss) is not `trao` (to hand over an award).
  const quoted = phrase.includes('“') || phrase.includes('"')
  const unquoted = (quoted ? phrase.replace(/“[^”]{0,400}”|"[^"]{0,400}"/gu, ' ') : phrase).replace(
    /trao đổi/giu,
    'thảo-luận',
  )
  const words: string[] = []
  for (const w of unquoted.toLowerCase().split(/[\s,;:()]+/u)) {
    if (w.length === 0) continue
    // `công tác` (the work of) opens the topic: `giao ban công tác kiểm tra` is a meeting, not an inspection.
    if (w === 'tác' && words[words.length - 1] === 'công') {
      words.pop()
      break
    }
    words.push(w)
    if (words.length >= limit) break
  }
  return words
}

/** The kind of the event a phrase names (`Hội nghị sơ kết 5 năm ...`); null when it names none. */
export function classifyEvent(phrase: string, window = 14): EventKind | null {
  // An event named only by a quoted title (`tổ chức “Ngày hội Chuyển đổi số”`) is read from it.
  const quoted = /^[“"]([^”"]{1,200})[”"]/u.exec(phrase.trim())
  const words = eventWords(quoted === null ? phrase : quoted[1]!, window)
  return earliestKind(words, ACTIVITY_WORDS) ?? earliestKind(words, HEAD_WORDS)
}
