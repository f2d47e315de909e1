import { describe, expect, it } from 'vitest'
import {
  endsWithPlace,
  isPlaceApposition,
  ownerInName,
  placeThenBody,
  withoutPartner,
  withoutTermAppositions,
  withPlaceAppositions,
} from '../src/event-organizer.ts'
import { statedPlace } from '../src/event-place.ts'
import { eventProvince } from '../src/event-province.ts'
import { extractArticle } from '../src/index.ts'

describe('places written after a body as its appositions', () => {
  it.each([
    ['huyện Đồng Xoài', true],
    ['tỉnh Long An', true],
    ['TP.HCM', true],
    ['TP Biên Hòa', true],
    ['phường 5', true],
    ['Huyện ủy Tân Thạnh', false],
    ['tại hội trường', false],
    ['xã hội', false],
    ['huyện Đồng Xoài tổ chức hội nghị quán triệt các nghị quyết mới', false],
  ])('%s is a place apposition: %s', (part, yes) => {
    expect(isPlaceApposition(part)).toBe(yes)
  })
  it.each([
    [
      ['Đảng ủy xã Tân Phú', 'huyện Đồng Xoài'],
      'tỉnh Bình Phước',
      'Đảng ủy xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước',
      0,
    ],
    [['Chi bộ Khu phố 3', 'phường Tân Phong'], 'TP Biên Hòa', 'Chi bộ Khu phố 3, phường Tân Phong, TP Biên Hòa', 0],
    [['tại Hội trường', 'Trường THCS Lê Lợi'], 'huyện Cam Lộ', 'Trường THCS Lê Lợi, huyện Cam Lộ', 1],
    [['tại hội trường', 'huyện Cam Lộ'], 'tỉnh Quảng Trị', 'huyện Cam Lộ, tỉnh Quảng Trị', 1],
    // no body before the place: the place alone, the clause before it kept
    [['Hưởng ứng Ngày Pháp luật'], 'tỉnh Bình Phước', 'tỉnh Bình Phước', 1],
    // the last part is no place: nothing joined
    [['tỉnh Bình Phước'], 'Hội Nông dân huyện', 'Hội Nông dân huyện', 1],
  ] as const)('%j then %s read as %s', (before, last, organizer, left) => {
    const parts = [...before]
    expect(withPlaceAppositions(last, parts)).toBe(organizer)
    expect(parts.length).toBe(left)
  })
  it.each([
    ['Đảng ủy xã Tân Phú (huyện Đồng Xoài)', true],
    ['Trường THCS Hoàng Diệu (Chương Mỹ, Hà Nội)', true],
    ['Ban Chỉ đạo (BCĐ)', false],
    ['Ủy ban Mặt trận Tổ quốc (MTTQ)', false],
  ])('%s ends with a bracket that places it: %s', (name, yes) => {
    expect(endsWithPlace(name, '2024-05-12')).toBe(yes)
  })
  it.each([
    [
      'Sáng 12/5/2024, Đảng ủy xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước đã tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      'Đảng ủy xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước',
      '75',
    ],
    [
      'Sáng 12/5/2024, Đảng ủy xã Tân Phú (huyện Đồng Xoài) tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      'Đảng ủy xã Tân Phú (huyện Đồng Xoài)',
      '75',
    ],
    [
      'Sáng 12/5/2024, tại hội trường, huyện Cam Lộ, tỉnh Quảng Trị tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      'huyện Cam Lộ, tỉnh Quảng Trị',
      '44',
    ],
  ])('%s: organiser %s in province %s', (sentence, organizer, code) => {
    const [event] = extractArticle(`Tin tức\n\n${sentence}`, { publishedAt: '2024-05-12' }).events
    expect(event?.organizer).toBe(organizer)
    expect(event?.province?.code).toBe(code)
  })
})

describe('the body an event’s name says it belongs to', () => {
  it.each([
    ['Hội nghị sơ kết 6 tháng đầu năm của Đảng ủy xã Tân Phú', 'Đảng ủy xã Tân Phú'],
    ['Lễ kỷ niệm 50 năm thành lập của Trường THCS Lê Lợi', 'Trường THCS Lê Lợi'],
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Huyện ủy Tân Thạnh', 'Huyện ủy Tân Thạnh'],
    ['Hội nghị tổng kết công tác năm 2024 của Hội Nông dân tỉnh nhằm đánh giá kết quả', 'Hội Nông dân tỉnh'],
    // the issuer of the document cited, not the host
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị', null],
    ['Hội nghị quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy', null],
    ['Hội nghị triển khai Kế hoạch của UBND tỉnh', null],
    ['hội nghị quán triệt các quy định của Ban Bí thư', null],
    ['Hội nghị học tập chuyên đề năm 2024', null],
    ['Lễ kỷ niệm ngày sinh của Chủ tịch Hồ Chí Minh', null],
  ])('%s belongs to %s', (name, body) => {
    expect(ownerInName(name)).toBe(body)
  })
  it('a meeting reported by its name and `diễn ra` is held by the body its name says', () => {
    const text =
      'Tin tức\n\nSáng 12/5/2024, Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Huyện ủy Tân Thạnh diễn ra tại Hội trường UBND huyện.'
    const [event] = extractArticle(text, { publishedAt: '2024-05-12' }).events
    expect(event?.organizer).toBe('Huyện ủy Tân Thạnh')
  })
})

describe('a place written before the subject with no comma after it', () => {
  it.each([
    ['tại Hội trường UBND huyện Huyện ủy Tân Thạnh', 'Hội trường UBND huyện', 'Huyện ủy Tân Thạnh'],
    ['Tại nhà văn hóa xã Đảng ủy xã Tân Phú', 'nhà văn hóa xã', 'Đảng ủy xã Tân Phú'],
    [
      'tại hội trường UBND phường Ban Thường vụ Đảng ủy phường',
      'hội trường UBND phường',
      'Ban Thường vụ Đảng ủy phường',
    ],
    // one place: the word before the body is no unit word, or the name after it is a place's
    ['tại Hội trường Huyện ủy Tân Thạnh', null, null],
    ['tại nhà văn hóa xã Hội Hợp', null, null],
    ['tại trụ sở UBND xã Đoàn Kết', null, null],
    ['Huyện ủy Tân Thạnh', null, null],
  ])('%s: place %s, subject %s', (part, place, body) => {
    const split = placeThenBody(part)
    expect(split?.place ?? null).toBe(place)
    expect(split?.body ?? null).toBe(body)
  })
  it.each([
    [
      'Sáng 12/5, tại Hội trường Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết 57.',
      'Hội trường Huyện ủy Tân Thạnh',
    ],
    ['Ngày 3/2, tại Nhà văn hóa huyện Cam Lộ diễn ra lễ kỷ niệm.', 'Nhà văn hóa huyện Cam Lộ'],
    ['Tổ chức tại huyện Cam Lộ với sự tham gia của 200 đại biểu.', 'huyện Cam Lộ'],
  ])('in %s the place ends at the holding verb: %s', (sentence, place) => {
    expect(statedPlace(sentence, '2024-05-12')).toBe(place)
  })
  it('the subject after a place with no comma is the organiser', () => {
    const text =
      'Tin tức\n\nSáng 12/5/2024, tại Hội trường UBND huyện Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.'
    const [event] = extractArticle(text, { publishedAt: '2024-05-12' }).events
    expect(event?.organizer).toBe('Huyện ủy Tân Thạnh')
    expect(event?.location).toBe('Hội trường UBND huyện')
  })
})

describe('a body’s term, its partner and a list of bodies in a subject', () => {
  it.each([
    [
      ['Hội đồng nhân dân (HĐND) xã Mỹ Hòa Hưng', 'khóa XII'],
      'nhiệm kỳ 2021 – 2026',
      'Hội đồng nhân dân (HĐND) xã Mỹ Hòa Hưng',
    ],
    [['Ban Chấp hành Đảng bộ huyện'], 'nhiệm kỳ 2020-2025', 'Ban Chấp hành Đảng bộ huyện'],
    [['Đảng ủy xã Tân Phú'], 'huyện Đồng Xoài', 'huyện Đồng Xoài'],
    // no term: a topic or a period of a plan is not written so
    [['Ban Chỉ đạo'], 'nhiệm kỳ mới', 'nhiệm kỳ mới'],
  ] as const)('%j then %s: %s', (before, last, organizer) => {
    expect(withoutTermAppositions(last, [...before])).toBe(organizer)
  })
  it.each([
    ['Ban Thường vụ Thành Đoàn cùng Ban Thư ký Hội Sinh viên Việt Nam Thành phố', 'Ban Thường vụ Thành Đoàn'],
    ['Sở Tư pháp, Hội Luật gia tỉnh cùng Ban Tuyên giáo Tỉnh ủy', 'Sở Tư pháp, Hội Luật gia tỉnh'],
    ['đồng chí Nguyễn Văn A cùng Đoàn công tác của Tỉnh ủy', 'đồng chí Nguyễn Văn A cùng Đoàn công tác của Tỉnh ủy'],
    ['Huyện ủy cùng với các xã', 'Huyện ủy cùng với các xã'],
  ])('%s holds it as %s', (subject, organizer) => {
    expect(withoutPartner(subject)).toBe(organizer)
  })
  it.each([
    [
      'Sáng 6/5/2019, tại Sân vận động tỉnh Điện Biên, Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên tổ chức Lễ kỷ niệm 110 năm Ngày thành lập tỉnh.',
      'Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên',
    ],
    [
      'Sáng 14/11/2025, Hội đồng nhân dân (HĐND) xã Mỹ Hòa Hưng, khóa XII, nhiệm kỳ 2021 – 2026 tổ chức Kỳ họp thứ 4 để xem xét các nội dung.',
      'Hội đồng nhân dân (HĐND) xã Mỹ Hòa Hưng',
    ],
    [
      'Ngày 05/6/2022, Ban Thường vụ Thành Đoàn cùng Ban Thư ký Hội Sinh viên Việt Nam Thành phố đã phối hợp tổ chức Lễ ra quân chiến dịch tình nguyện hè năm 2022.',
      'Ban Thường vụ Thành Đoàn',
    ],
  ])('%s: organiser %s', (sentence, organizer) => {
    const [event] = extractArticle(`Tin tức\n\n${sentence}`, { publishedAt: '2025-12-01' }).events
    expect(event?.organizer).toBe(organizer)
  })
})

describe('a ward or commune before July 2025 that nothing else places', () => {
  it.each([
    // a ward of that time one province alone had (see formerCommuneProvince) names its organiser's province
    ['Đảng ủy phường Bến Thành', null, null, '79', 0.9],
    ['Đảng ủy phường Bến Thành', 'https://hanoimoi.vn/a', null, '79', 0.9],
    // a ward named only since the merger, one province alone has today: a last guess
    ['Đảng ủy phường Hoàn Kiếm', null, null, '01', 0.5],
    // the article or the site first
    ['Đảng ủy phường Hoàn Kiếm', 'https://baodanang.vn/a', null, '48', 0.6],
    ['Đảng ủy xã Tân Phú', null, null, null, null],
  ] as const)('%s (site %s) is placed in %s', (organizer, url, _article, code, confidence) => {
    const p = eventProvince({ organizer, location: null }, url, '2024-05-12')
    expect(p?.code ?? null).toBe(code)
    expect(p?.confidence ?? null).toBe(confidence)
  })
})
