import { describe, expect, it } from 'vitest'
import { isBoilerplateLine, isImageFileLine, isMenuLine, isRelatedHeader, isTeaserLine } from '../src/boilerplate.ts'
import { bylineName, isBylineLine, sourceAttribution } from '../src/byline.ts'
import { contentHash } from '../src/content-hash.ts'
import { findDirectiveMentions } from '../src/directive-mentions.ts'
import { resolveDirectives } from '../src/directives.ts'
import { classifyEvent } from '../src/event-kinds.ts'
import { extractArticle } from '../src/extract.ts'
import { GoldArticleSchema, toGold } from '../src/gold.ts'
import { findPeople } from '../src/people.ts'
import { parseSourcePrefix } from '../src/published-date.ts'
import { segment } from '../src/segment.ts'
import { splitSentences } from '../src/sentences.ts'
import { firstLetters, wordPattern } from '../src/word-pattern.ts'

const piece = (text: string) => ({ start: 0, end: text.length, text })
const directivesOf = (text: string) => resolveDirectives(findDirectiveMentions(piece(text))).directives
// The events of an article made of `paragraphs` under a title and a date line: kind, date, organiser.
const eventsOf = (...paragraphs: string[]) =>
  extractArticle(
    [
      'Tiêu đề bài viết về công tác tuyên giáo',
      '',
      '12/12/2024',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'Thanh Trà',
    ].join('\n'),
  ).events.map((e) => [e.kind, e.date, e.organizer])
// The relations an article of one sentence states, as `from type to`.
const relationsOf = (sentence: string) =>
  extractArticle(
    ['Tin về văn bản chỉ đạo của tỉnh', '', '12/12/2024', '', sentence, '', 'Thanh Trà'].join('\n'),
  ).relations.map((r) => `${r.from} ${r.type} ${r.to}`)

describe('byline', () => {
  it('accepts short name lines, with a unit or a credit label', () => {
    expect(isBylineLine('Minh Khang')).toBe(true)
    expect(isBylineLine('PV')).toBe(true)
    expect(isBylineLine('Lan Chi - Trung tâm Văn hóa huyện')).toBe(true)
    expect(bylineName('Bài và ảnh: Đức Tài')).toBe('Đức Tài')
    expect(isBylineLine('TS. Nguyễn Thị Hải Yến - Học viện Chính trị khu vực I')).toBe(true)
  })
  it('rejects sentences, captions and headers in capitals', () => {
    expect(isBylineLine('Quang cảnh hội nghị')).toBe(false)
    expect(isBylineLine('Đại biểu dự lễ.')).toBe(false)
    expect(isBylineLine('XEM NHIỀU NHẤT')).toBe(false)
  })
  it('reads a source attribution', () => {
    expect(sourceAttribution('Theo baolongan.vn')).toBe('baolongan.vn')
    expect(sourceAttribution('Nguồn: TTXVN')).toBe('TTXVN')
    expect(
      sourceAttribution('Theo đồng chí Bí thư, cần làm ngay việc này và nhiều việc khác nữa trong năm tới'),
    ).toBeNull()
  })
})

describe('boilerplate', () => {
  it('recognises comment forms, cookie notices, related headers, teasers and image names', () => {
    expect(isBoilerplateLine('Email của bạn sẽ không được hiển thị công khai.')).toBe(true)
    expect(isBoilerplateLine('Trang này sử dụng cookie để phục vụ bạn tốt hơn.')).toBe(true)
    expect(isRelatedHeader('Tin liên quan')).toBe(true)
    expect(isRelatedHeader('Bài viết cùng chuyên mục:')).toBe(true)
    expect(isTeaserLine('Huyện A ra mắt mô hình dân vận khéo (02/03/2024)')).toBe(true)
    expect(isTeaserLine('Sáng 3/3, Tỉnh ủy tổ chức hội nghị…')).toBe(true)
    expect(isImageFileLine('20240303-hoi-nghi-01.jpg')).toBe(true)
    expect(isImageFileLine('Đại biểu dự hội nghị.')).toBe(false)
  })
  it('reads a header with its trailing marks, and never takes a paragraph for site text', () => {
    expect(isRelatedHeader('TIN LIÊN QUAN >>')).toBe(true)
    expect(isRelatedHeader('Đọc thêm :  ')).toBe(true)
    expect(isRelatedHeader(`Tin liên quan đến việc học tập ${'và làm theo '.repeat(5)}`)).toBe(false)
    expect(isBoilerplateLine('  Chia sẻ  ')).toBe(true)
    expect(isBoilerplateLine(`Bản quyền thuộc ${'Báo điện tử tỉnh, '.repeat(30)}`)).toBe(false)
    for (const line of [
      'Bạn còn 500/500 ký tự',
      'Lượt xem: 1.245',
      'Từ khóa: Chỉ thị 05, nêu gương',
      'Họ tên: ........ Email: ........',
      'Họ và tên *',
    ]) {
      expect(isBoilerplateLine(line), line).toBe(true)
    }
    expect(isMenuLine('Trang chủ › Chính trị › Xây dựng Đảng')).toBe(true)
    expect(isMenuLine('Trang chủ / Tin tức - Sự kiện / Hoạt động địa phương')).toBe(true)
    expect(isMenuLine('Đầm Hà: Quán triệt Quy định 144-QĐ/TW đến cán bộ, đảng viên')).toBe(false)
  })
})

describe('word patterns', () => {
  it('find the words alone, in any case, and not inside other words', () => {
    const plan = wordPattern(['sẽ', 'dự kiến', '(?<!ban )chỉ đạo'])
    expect(plan.exec('Huyện ủy DỰ KIẾN tổ chức')?.index).toBe(9)
    expect(plan.test('Ban chỉ đạo 35 tổ chức')).toBe(false)
    expect(plan.test('Tỉnh ủy chỉ đạo tổ chức')).toBe(true)
    expect(plan.test('kiếnsẽ')).toBe(false)
  })
  it('guard with the first letters of the words, both cases under the i flag', () => {
    expect(firstLetters(['sẽ', 'dự kiến', '(?<!ban )chỉ đạo'])).toBe('(?=sẽ|dự|chỉ)')
    expect(firstLetters(['giao(?!\\s+ban)', 'g', 'tổ chức', 'đ\\/c'])).toBe('(?=g|tổ|đ)')
    expect(new RegExp(`${firstLetters(['đã'])}đã`, 'iu').test('ĐÃ')).toBe(true)
  })
  it('refuse alternatives that do not open with a letter', () => {
    expect(() => firstLetters(['(được\\s+)?tổ chức'])).toThrow(/does not start with a letter/)
  })
})

describe('published date', () => {
  it('reads the source prefix of a lead', () => {
    expect(parseSourcePrefix('(Chinhphu.vn) - Chiều 2/3, ...')?.source).toBe('Chinhphu.vn')
    expect(parseSourcePrefix('Sáng - Chiều')).toBeNull()
  })
})

describe('segment', () => {
  it('keeps title, date, body, captions and byline apart and drops what follows the byline', () => {
    const text = [
      'Xã An Phú quán triệt Nghị quyết 35',
      '',
      '02/03/2024',
      '',
      'Sáng 2/3, Đảng ủy xã An Phú tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.',
      '',
      '20240302-hoi-nghi.jpg',
      'Quang cảnh hội nghị.',
      '',
      'Minh Khang',
      '',
      'Tin liên quan',
      'Huyện B triển khai Chỉ thị 09/CT-UBND (01/03/2024)',
    ].join('\n')
    const s = segment(text)
    expect(s.title?.text).toBe('Xã An Phú quán triệt Nghị quyết 35')
    expect(s.publishedAt).toMatchObject({ year: 2024, month: 3, day: 2 })
    expect(s.body.map((p) => p.text)).toEqual([
      'Sáng 2/3, Đảng ủy xã An Phú tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.',
    ])
    expect(s.captions.map((p) => p.text)).toEqual(['Quang cảnh hội nghị.'])
    expect(s.byline).toBe('Minh Khang')
  })
  it('reads no title from a page that starts mid-article', () => {
    expect(segment('Hội nghị đã nghe báo cáo viên quán triệt Quy định 85-QĐ/TW.\nMinh Khang').title).toBeNull()
  })
})

describe('sentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    const parts = splitSentences(piece('Đoàn đến TP. Huế làm việc. Sau đó, đoàn về xã. “Rất tốt!” Ông A nói.'))
    expect(parts.map((p) => p.text)).toEqual([
      'Đoàn đến TP. Huế làm việc.',
      'Sau đó, đoàn về xã.',
      '“Rất tốt!”',
      'Ông A nói.',
    ])
  })
})

describe('directive mentions and resolution', () => {
  it('reads code, issue date and issuing body, however spaced', () => {
    const [d] = directivesOf('Quán triệt Quy định số 144 - QĐ/TW, ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.')
    expect(d).toMatchObject({ code: '144-QĐ/TW', issuedOn: '2024-05-09', issuingBody: 'Bộ Chính trị', inferred: false })
  })
  it('merges short forms with the written code and infers a Party code from its issuer', () => {
    const ds = directivesOf(
      'Thực hiện Nghị quyết số 57-NQ/TW, tỉnh ban hành kế hoạch; Nghị quyết 57 được quán triệt cùng Chỉ thị 35 của Bộ Chính trị.',
    )
    expect(ds.map((d) => [d.code, d.inferred])).toEqual([
      ['57-NQ/TW', false],
      ['35-CT/TW', true],
    ])
  })
  it('does not take steering committees, plenums or unnumbered decisions for directives', () => {
    expect(
      directivesOf(
        'Ban Chỉ đạo 35 tỉnh họp; Nghị quyết Trung ương 4 khóa XII; trao Quyết định kết nạp đảng viên; Nghị quyết 12 được nhắc lại.',
      ),
    ).toEqual([])
  })
  it('reads the passive issuing body of a law', () => {
    const [d] = directivesOf('Luật Thủ đô số 39/2024/QH15 được Quốc hội thông qua ngày 28/6/2024.')
    expect(d).toMatchObject({ code: '39/2024/QH15', issuingBody: 'Quốc hội', issuedOn: '2024-06-28' })
  })
})

describe('event kinds', () => {
  it('lets the activity word win over the head', () => {
    expect(classifyEvent('Hội nghị tập huấn kỹ năng viết tin bài')).toBe('training')
    expect(classifyEvent('Hội nghị sơ kết 3 năm thực hiện Kết luận 01')).toBe('review')
    expect(classifyEvent('Lễ ra mắt mô hình “Chi bộ 4 tốt”')).toBe('launch')
    expect(classifyEvent('Lễ tuyên dương gương điển hình')).toBe('ceremony')
    expect(classifyEvent('Hội thảo khoa học “Tập huấn và sơ kết”')).toBe('conference')
    expect(classifyEvent('buổi trao đổi kinh nghiệm')).toBeNull()
  })
})

describe('people', () => {
  it('reads names with the cues and roles written beside them', () => {
    const people = findPeople([
      piece(
        'Dự có đồng chí Trần Văn Nam, Bí thư Huyện ủy, Chủ tịch HĐND huyện; Đại tá, Tiến sĩ Lê Hoài Thu phát biểu. Bà Hà Thị Mai, Chủ tịch Hội Nông dân xã cho biết.',
      ),
    ])
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Trần Văn Nam', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']],
      ['Lê Hoài Thu', ['Đại tá', 'Tiến sĩ']],
      ['Hà Thị Mai', ['Chủ tịch Hội Nông dân xã']],
    ])
  })
  it('does not take places and ideas named after people for people', () => {
    expect(
      findPeople([piece('Học sinh Trường THCS Nguyễn Du học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh.')]),
    ).toEqual([])
  })
  it('reads names beside characters outside the basic plane', () => {
    expect(findPeople([piece('Dự có đồng chí Lê Văn Tám😀, Bí thư Chi bộ.')]).map((p) => p.name)).toEqual([
      'Lê Văn Tám',
    ])
    // A mathematical capital is not a Vietnamese letter: the name starts at the next word.
    expect(findPeople([piece('Dự có đồng chí 𝐋ê Văn Tám, Bí thư Chi bộ.')]).map((p) => p.name)).toEqual(['Văn Tám'])
  })
  it('starts a name after the place that ends a role, and takes a role ending in a unit for a cue', () => {
    const names = (text: string) => findPeople([piece(text)]).map((p) => p.name)
    expect(names('Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Lục Nam Vi Thị Hằng cho biết, việc áp dụng còn khó.')).toEqual([
      'Vi Thị Hằng',
    ])
    expect(names('Phó Chủ tịch UBND huyện Nguyễn Văn Hữu chủ trì hội nghị.')).toEqual(['Nguyễn Văn Hữu'])
  })
  it('does not take schools and rivers named after people for people', () => {
    const names = (text: string) => findPeople([piece(text)]).map((p) => p.name)
    expect(
      names(
        'Dự có TS. Hoàng Thị Hương Lan, Hiệu trưởng Trường Chính trị Nguyễn Chí Thanh và đồng chí Nguyễn Quang Vĩnh, Phó Trưởng ban.',
      ),
    ).toEqual(['Hoàng Thị Hương Lan', 'Nguyễn Quang Vĩnh'])
    expect(
      names(
        'Ông Trần Minh Quang, Trưởng phòng Nông nghiệp huyện cho biết, hơn 2.300 hộ dân sống ven sông Thu Bồn, sông Bà Rén.',
      ),
    ).toEqual(['Trần Minh Quang'])
  })
  it('drops a repeated family name', () => {
    expect(findPeople([piece('Đồng chí Phạm Phạm Văn Hòa, Bí thư Đảng ủy xã phát biểu.')])[0]?.name).toBe(
      'Phạm Văn Hòa',
    )
  })
})

describe('extractArticle: events, relations and the gold shape', () => {
  const text = [
    'Huyện ủy An Lão sơ kết Kết luận 01',
    '',
    '05/04/2024',
    '',
    'Sáng 4/4, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy An Lão tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.',
    '',
    'Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu tiếp tục quán triệt Quy định 144-QĐ/TW của Bộ Chính trị.',
    '',
    'Chiều cùng ngày, Huyện đoàn An Lão tổ chức Lễ ra mắt Câu lạc bộ “Thanh niên với pháp luật”.',
    '',
    'Trước đó, Ban Tuyên giáo Huyện ủy đã tổ chức lớp bồi dưỡng báo cáo viên.',
    '',
    'Tỉnh đoàn sẽ tổ chức Hội thi tìm hiểu lịch sử Đảng vào tháng 6.',
    '',
    'Minh Khang',
  ].join('\n')
  const x = extractArticle(text)

  it('reads each reported event with kind, date, part of day, organiser, location and directives', () => {
    expect(x.events.map((e) => [e.kind, e.date, e.partOfDay, e.organizer, e.location, e.directives])).toEqual([
      [
        'review',
        '2024-04-04',
        'morning',
        'Ban Thường vụ Huyện ủy An Lão',
        'Hội trường Huyện ủy',
        ['01-KL/TW', '05-CT/TW'],
      ],
      ['launch', '2024-04-04', 'afternoon', 'Huyện đoàn An Lão', null, []],
      ['training', null, null, 'Ban Tuyên giáo Huyện ủy', null, []],
    ])
  })

  it('reads the relation the text states and cites every directive once', () => {
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([['01-KL/TW', 'implements', '05-CT/TW']])
    expect(x.directives.map((d) => d.code)).toEqual(['01-KL/TW', '05-CT/TW', '144-QĐ/TW'])
    expect(x.citations.filter((c) => c.event === null)).toHaveLength(3)
  })

  it('projects onto the gold shape, which validates', () => {
    const gold = toGold(x)
    expect(GoldArticleSchema.safeParse(gold).success).toBe(true)
    expect(gold).toMatchObject({
      title: 'Huyện ủy An Lão sơ kết Kết luận 01',
      publishedAt: '2024-04-05',
      byline: 'Minh Khang',
    })
  })
})

describe('extractArticle: how a sentence reports an event', () => {
  it('reads a date after a preposition as the time cue', () => {
    expect(
      eventsOf(
        'Trong tháng 10/2024, Đảng ủy phường Phú Hội đã tổ chức 3 đợt học tập, quán triệt Quy định số 144-QĐ/TW.',
      ),
    ).toEqual([['dissemination', '2024-10', 'Đảng ủy phường Phú Hội']])
    expect(eventsOf('Vào sáng 9/12, Huyện ủy Gio Linh tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW.')).toEqual([
      ['dissemination', '2024-12-09', 'Huyện ủy Gio Linh'],
    ])
  })

  it('takes opening a class or a course for holding a training', () => {
    expect(
      eventsOf(
        'Từ ngày 9 đến 11/12, Ban Tổ chức Tỉnh ủy mở lớp bồi dưỡng nghiệp vụ công tác tổ chức cho 120 học viên.',
      ),
    ).toEqual([['training', '2024-12-09', 'Ban Tổ chức Tỉnh ủy']])
    expect(eventsOf('Sáng 9/12, Trường Chính trị tỉnh mở cửa đón học viên.')).toEqual([])
  })

  it('reads any dated cue after Trước đó, and a month without its year from the publication date', () => {
    expect(
      eventsOf('Trước đó, trong 2 ngày 18 và 19/11, Ban Tổ chức Huyện ủy mở lớp bồi dưỡng cho bí thư chi bộ.'),
    ).toEqual([['training', '2024-11-18', 'Ban Tổ chức Huyện ủy']])
    expect(eventsOf('Trong tháng 10, Hội nghị báo cáo viên của huyện được tổ chức tại Hội trường Huyện ủy.')).toEqual([
      ['dissemination', '2024-10', null],
    ])
  })

  it('takes the organiser from the next sentence about the event, or from before a date in mid-sentence', () => {
    expect(
      eventsOf(
        'Sáng 14/3, Hội thi báo cáo viên giỏi huyện năm 2024 chính thức khai mạc tại Hội trường.',
        'Hội thi do Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức.',
      ),
    ).toEqual([['contest', '2024-03-14', 'Ban Tuyên giáo Huyện ủy']])
    expect(
      eventsOf(
        'Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Ngô Đức Hiển làm Trưởng đoàn ngày 15/3 đã làm việc với Ban Thường vụ Huyện ủy Lục Nam.',
      ),
    ).toEqual([['other', '2024-03-15', 'Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy']])
  })

  it('reads meetings held with họp, launches at a ceremony, drills, and a meeting about inspection work', () => {
    expect(eventsOf('Chiều 3/7, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 20.')).toEqual([
      ['conference', '2024-07-03', 'Ban Chấp hành Đảng bộ tỉnh'],
    ])
    expect(
      eventsOf(
        'Sáng 8/3, Hội LHPN huyện tổ chức Lễ kỷ niệm Ngày Quốc tế Phụ nữ.',
        'Tại buổi lễ, Ban Thường vụ Hội LHPN huyện phát động đợt thi đua cao điểm.',
      ),
    ).toEqual([
      ['ceremony', '2024-03-08', 'Hội LHPN huyện'],
      ['launch', '2024-03-08', 'Ban Thường vụ Hội LHPN huyện'],
    ])
    expect(
      eventsOf('Chiều 21/9, Sở Thông tin và Truyền thông tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng.'),
    ).toEqual([['other', '2024-09-21', 'Sở Thông tin và Truyền thông']])
    expect(
      eventsOf('Ngày 12/3, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý I.'),
    ).toEqual([['conference', '2024-03-12', 'Ủy ban Kiểm tra Tỉnh ủy']])
  })

  it('reads the subject past a phrase of place and past words that only look like a negation', () => {
    expect(eventsOf('Ở cơ sở, Đảng ủy xã Ea Kly vừa tổ chức hội nghị quán triệt Quy định 85-QĐ/TW.')).toEqual([
      ['dissemination', null, 'Đảng ủy xã Ea Kly'],
    ])
    expect(
      eventsOf(
        'Sáng 20/9, Sở Thông tin và Truyền thông phối hợp với Trung tâm Giám sát an toàn không gian mạng quốc gia tổ chức lớp tập huấn.',
      ),
    ).toEqual([['training', '2024-09-20', 'Sở Thông tin và Truyền thông']])
  })

  it('takes no advice about holding an event for an event', () => {
    expect(eventsOf('Báo cáo viên cũng lưu ý các mốc thời gian tổ chức đại hội chi bộ.')).toEqual([])
  })

  it('looks for the subject after the last semicolon, so a tally in a report is no event', () => {
    expect(
      eventsOf(
        'Theo báo cáo, 5 năm qua, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 68-KH/TU thực hiện Nghị quyết 35; các cấp ủy đã tổ chức học tập, quán triệt Nghị quyết đến 98,6% cán bộ.',
      ),
    ).toEqual([])
  })
})

describe('content hash', () => {
  it('is 64-bit FNV-1a over the code units, as the published test vectors give it for ASCII', () => {
    expect(contentHash('')).toBe('cbf29ce484222325')
    expect(contentHash('a')).toBe('af63dc4c8601ec8c')
    expect(contentHash('foobar')).toBe('85944171f73967e8')
  })
  it('tells texts apart that differ in one tone mark or one code unit beyond the Latin range', () => {
    expect(contentHash('Đảng ủy')).not.toBe(contentHash('Đảng uỷ'))
    expect(contentHash('\uffff')).toMatch(/^[0-9a-f]{16}$/u)
  })
})

describe('extractArticle: relations between directives', () => {
  it('reads triển khai thi hành as implementing', () => {
    expect(
      relationsOf(
        'Sở triển khai Chỉ thị số 12/CT-UBND ngày 05/7/2023 của Chủ tịch UBND tỉnh về triển khai thi hành Nghị định 13/2023/NĐ-CP.',
      ),
    ).toEqual(['12/CT-UBND implements 13/2023/NĐ-CP'])
  })
  it('gives a second object joined by và the relation of the first', () => {
    expect(
      relationsOf(
        'Quy định số 69-QĐ/TW thay thế Quy định số 07-QĐi/TW của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm và Quy định số 102-QĐ/TW ngày 15/11/2017.',
      ),
    ).toEqual(['69-QĐ/TW replaces 07-QĐi/TW', '69-QĐ/TW replaces 102-QĐ/TW'])
  })
  it('reads amending the rules issued with a decision as amending the decision', () => {
    expect(
      relationsOf(
        'UBND tỉnh ban hành Quyết định số 31/2024/QĐ-UBND ngày 15/8/2024 của UBND tỉnh sửa đổi, bổ sung một số điều của Quy định phân cấp quản lý đê điều ban hành kèm theo Quyết định số 12/2021/QĐ-UBND.',
      ),
    ).toEqual(['31/2024/QĐ-UBND amends 12/2021/QĐ-UBND'])
  })
  it('resolves a later short form to the directive an earlier one implied, and reads type letters', () => {
    expect(
      relationsOf(
        'Hội nghị quán triệt Chỉ thị số 21 của Ban Bí thư và Chương trình hành động số 15-CTr/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị 21.',
      ),
    ).toEqual(['15-CTr/HU implements 21-CT/TW'])
    expect(
      relationsOf(
        'Đoàn viên học tập Nghị quyết 57-NQ/TW và Kế hoạch số 36-KH/HU của Ban Thường vụ Huyện ủy thực hiện NQ 57.',
      ),
    ).toEqual(['36-KH/HU implements 57-NQ/TW'])
  })
})

describe('site date lines and shared tails', () => {
  it('takes the publication date from a date line beside a counter', () => {
    expect(
      segment(
        'Tiêu đề bài viết về công tác tuyên giáo\n\nNgày đăng: 28-04-2023 | Lượt xem: 312\n\nSáng 27/4, Huyện ủy tổ chức hội nghị.',
      ).publishedAt,
    ).toEqual({
      year: 2023,
      month: 4,
      day: 28,
      precision: 'day',
    })
  })
  it('gives the date and body after cùng to both directives joined by và', () => {
    const ds = directivesOf(
      'Sơ kết Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW cùng ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.',
    )
    expect(ds.map((d) => [d.code, d.issuedOn, d.issuingBody])).toEqual([
      ['18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
      ['19-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
    ])
  })
  it('ends an issuing body at the verb ban hành but not at the ban of Ủy ban', () => {
    expect(
      directivesOf('Theo Nghị quyết 03/NQ-CP của Chính phủ ban hành Chương trình hành động.').map((d) => d.issuingBody),
    ).toEqual(['Chính phủ'])
    expect(
      directivesOf('Thực hiện Chỉ thị số 14/CT-UBND của Ủy ban nhân dân tỉnh về phòng chống thiên tai.').map(
        (d) => d.issuingBody,
      ),
    ).toEqual(['Ủy ban nhân dân tỉnh'])
  })
})

describe('extractArticle: reports in other words', () => {
  it('takes place names and nouns that hold plan words for no plan', () => {
    expect(eventsOf('Ngày 1/2, Đảng bộ xã Giao Thiện tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng.')).toEqual([
      ['ceremony', '2024-02-01', 'Đảng bộ xã Giao Thiện'],
    ])
    expect(
      eventsOf(
        'Thực hiện chỉ đạo của Thành ủy, chiều ngày 27/4/2023, Ban Thường vụ Huyện ủy Thủy Nguyên tổ chức hội nghị sơ kết 5 năm.',
      ),
    ).toEqual([['review', '2023-04-27', 'Ban Thường vụ Huyện ủy Thủy Nguyên']])
  })
  it('keeps a passive report when a plan follows it in the sentence', () => {
    expect(
      eventsOf(
        'Sáng 15/7, Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24 được tổ chức tại Hội trường Huyện ủy để chuẩn bị tổ chức đại hội.',
      ),
    ).toEqual([['conference', '2024-07-15', null]])
  })
  it('reads do X tổ chức as the verb of a passive report, and a date after the verb', () => {
    expect(
      eventsOf(
        'Sáng 9/12, hội thảo khoa học “Bảo vệ nền tảng tư tưởng, phản bác quan điểm sai trái” do Trường Chính trị tỉnh tổ chức.',
      ),
    ).toEqual([['conference', '2024-12-09', 'Trường Chính trị tỉnh']])
    expect(
      eventsOf('Trước đó, vòng sơ khảo được tổ chức trực tuyến từ ngày 1 đến 30/11 với hơn 15.000 lượt thí sinh.'),
    ).toEqual([['contest', '2024-11-01', null]])
  })
  it('reads khai mạc as holding, a subject that opens with its place, and inspections as verbs', () => {
    expect(
      eventsOf(
        'Sáng 12/5, Trung tâm Chính trị huyện Thọ Xuân khai mạc lớp bồi dưỡng lý luận chính trị cho đảng viên mới.',
      ),
    ).toEqual([['training', '2024-05-12', 'Trung tâm Chính trị huyện Thọ Xuân']])
    expect(
      eventsOf('Cũng trong sáng 12/5, tại Quảng trường Lam Sơn, Huyện đoàn Thọ Xuân phát động đợt thi đua cao điểm.'),
    ).toEqual([['launch', '2024-05-12', 'Huyện đoàn Thọ Xuân']])
    expect(
      eventsOf(
        'Trước đó, từ ngày 20 đến 23/8, Đoàn giám sát của Ban Thường vụ Huyện ủy đã giám sát việc thực hiện Nghị quyết 33-NQ/TW tại 6 xã.',
      ),
    ).toEqual([['other', '2024-08-20', 'Đoàn giám sát của Ban Thường vụ Huyện ủy']])
  })
})

describe('pages with a site header, and more ways to date and name an event', () => {
  it('takes the title past the site name and section, and a date line with a counter after a dash', () => {
    const x = extractArticle(
      [
        'TẠP CHÍ TUYÊN GIÁO',
        'Thực tiễn - Kinh nghiệm',
        '',
        'Hà Giang: Đưa Quy định 144-QĐ/TW vào cuộc sống bằng việc làm cụ thể',
        '',
        'Ngày đăng: 21/10/2024 - Lượt xem: 312',
        '',
        'Sáng 18/10, Huyện ủy Đồng Văn tổ chức hội nghị quán triệt Quy định 144-QĐ/TW.',
        '',
        'Bài và ảnh: NGỌC HÂN',
        '',
        'Chia sẻ Facebook Zalo Twitter',
      ].join('\n'),
    )
    expect([x.article.title, x.article.publishedAt, x.article.byline]).toEqual([
      'Hà Giang: Đưa Quy định 144-QĐ/TW vào cuộc sống bằng việc làm cụ thể',
      '2024-10-21',
      'NGỌC HÂN',
    ])
  })

  it('reads a day in brackets after a weekday or nay, a month by name, and connectives before the cue', () => {
    expect(
      eventsOf('Sáng thứ Hai (4/11), Đảng ủy Lữ đoàn 297 tổ chức sinh hoạt chuyên đề học tập và làm theo Bác.'),
    ).toEqual([['thematic_session', '2024-11-04', 'Đảng ủy Lữ đoàn 297']])
    expect(
      eventsOf('Sáng nay 11/12, hội nghị quán triệt Nghị quyết 57-NQ/TW do Ban Thường vụ Tỉnh ủy tổ chức.'),
    ).toEqual([['dissemination', '2024-12-11', 'Ban Thường vụ Tỉnh ủy']])
    expect(
      eventsOf('Cũng trong tháng Mười, Thường trực Hội Cựu chiến binh huyện đã tổ chức đối thoại với hội viên.'),
    ).toEqual([['other', '2024-10', 'Thường trực Hội Cựu chiến binh huyện']])
    expect(
      eventsOf('Tiếp đó, sáng 13-3, Đoàn kiểm tra của Công an tỉnh đã làm việc với Bệnh viện Đa khoa tỉnh.'),
    ).toEqual([['other', '2024-03-13', 'Đoàn kiểm tra của Công an tỉnh']])
    expect(eventsOf('Trong 2 ngày (12 và 13/9), Hội Nông dân tỉnh tổ chức lớp tập huấn chuyển đổi số.')).toEqual([
      ['training', '2024-09-12', 'Hội Nông dân tỉnh'],
    ])
  })

  it('reads a day without a year as the cue where no publication date gives one, and names delegations', () => {
    const x = extractArticle(
      'Ngày 12-3, Đảng ủy xã Ea Tul tổ chức hội nghị học tập Quy định 144-QĐ/TW.\n\nChiều cùng ngày, Tổ đại biểu HĐND huyện đã tiếp xúc cử tri xã Ea Tul.',
    )
    expect(x.events.map((e) => [e.kind, e.date, e.organizer])).toEqual([
      ['dissemination', null, 'Đảng ủy xã Ea Tul'],
      ['other', null, 'Tổ đại biểu HĐND huyện'],
    ])
    expect(
      eventsOf(
        'Chiều 11/12, đồng chí Phan Văn Thạch cùng đoàn công tác của Tỉnh ủy đã làm việc với Sở Khoa học và Công nghệ.',
      ),
    ).toEqual([['other', '2024-12-11', 'đoàn công tác của Tỉnh ủy']])
  })
})

describe('third blind batch: relations, passive reports and leaders of delegations', () => {
  it('reads activities listed before thực hiện as implementing', () => {
    expect(
      relationsOf(
        'Thực hiện Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy về việc tổ chức học tập, quán triệt và triển khai thực hiện Quy định 144-QĐ/TW của Bộ Chính trị.',
      ),
    ).toEqual(['112-KH/HU implements 144-QĐ/TW'])
  })
  it('takes a second subject with a relation of its own for no second object', () => {
    expect(
      relationsOf(
        'Chương trình hành động số 28-CTr/TU thực hiện Nghị quyết 57-NQ/TW và Kế hoạch số 45/KH-UBND thực hiện Nghị quyết số 03/NQ-CP của Chính phủ.',
      ),
    ).toEqual(['28-CTr/TU implements 57-NQ/TW', '45/KH-UBND implements 03/NQ-CP'])
  })
  it('dates a passive report by what follows its verb, after a connective or a source of two words', () => {
    expect(
      eventsOf(
        'Mới đây, Lễ ra mắt Câu lạc bộ Lý luận trẻ do Ban Thường vụ Đoàn Thanh niên Trường tổ chức đã diễn ra vào tối 18/10 tại Hội trường Rùa.',
      ),
    ).toEqual([['launch', '2024-10-18', 'Ban Thường vụ Đoàn Thanh niên Trường']])
    expect(
      eventsOf(
        'Lớp tập huấn “Ứng dụng công nghệ số” do Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp tổ chức trong 2 ngày 12 và 13/9 tại Lục Ngạn.',
      ),
    ).toEqual([['training', '2024-09-12', 'Hội Nông dân tỉnh']])
    const x = extractArticle(
      'Tin Lữ đoàn 297 sinh hoạt chuyên đề học tập\n\n05/11/2024\n\nQĐND Online - Sáng thứ Hai (4/11), Đảng ủy Lữ đoàn 297 tổ chức sinh hoạt chuyên đề.',
    )
    expect([x.article.source, x.events.map((e) => e.date)]).toEqual(['QĐND Online', ['2024-11-04']])
  })
  it('ends an organiser at a delegation leader named by rank', () => {
    expect(
      eventsOf(
        'Tiếp đó, sáng 13-3, Đoàn kiểm tra của Công an tỉnh do Thượng tá Nguyễn Thị Hoài Thương làm trưởng đoàn đã kiểm tra việc thực hiện Nghị định 13/2023/NĐ-CP.',
      ),
    ).toEqual([['other', '2024-03-13', 'Đoàn kiểm tra của Công an tỉnh']])
  })
})

describe('fourth blind batch: passive agents, authors under the title, places after a committee', () => {
  it('reads được X tổ chức as a passive report by X, dated after its verb', () => {
    expect(
      eventsOf(
        'Hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW đã được Ban Thường vụ Huyện ủy Kiến Xương tổ chức vào chiều 21/5 tại Trung tâm Văn hóa huyện.',
      ),
    ).toEqual([['review', '2024-05-21', 'Ban Thường vụ Huyện ủy Kiến Xương']])
  })
  it('takes counted events after Vừa qua for a tally, and one event after it for a report', () => {
    expect(eventsOf('Vừa qua, Đảng ủy xã Tân Mộc đã tổ chức 12 hội nghị quán triệt Nghị quyết 57-NQ/TW.')).toEqual([])
    expect(eventsOf('Vừa qua, Đảng ủy xã Tân Mộc tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.')).toEqual([
      ['dissemination', null, 'Đảng ủy xã Tân Mộc'],
    ])
  })
  it('takes a tally or a round-up opened by Đến nay or Những ngày qua for no event', () => {
    expect(eventsOf('Đến nay, 186/190 chi bộ trực thuộc Đảng bộ thành phố đã tổ chức sinh hoạt chuyên đề.')).toEqual([])
    expect(eventsOf('Những ngày qua, nhiều địa phương đã tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.')).toEqual([])
  })
  it('reads the author printed under the title, in capitals or with a degree', () => {
    const byline = (line: string) =>
      extractArticle(
        [
          'Nâng cao hiệu quả bảo vệ nền tảng tư tưởng của Đảng từ chi bộ',
          '',
          line,
          '',
          'Thứ Sáu, 21/3/2025 10:05',
          '',
          'Sáng 20/3, Huyện ủy tổ chức hội nghị quán triệt.',
        ].join('\n'),
      ).article.byline
    expect(byline('TS ĐẶNG THỊ MINH NGUYỆT - Học viện Chính trị khu vực III')).toBe(
      'TS ĐẶNG THỊ MINH NGUYỆT - Học viện Chính trị khu vực III',
    )
    expect(byline('HOÀNG LAN - MINH PHÚ - THANH TÂM')).toBe('HOÀNG LAN - MINH PHÚ - THANH TÂM')
  })
  it('takes a name after a party committee or a province, or ending in ông, for a place', () => {
    const names = (text: string) => findPeople([piece(text)]).map((p) => p.name)
    expect(names('Phó Trưởng Ban Tuyên giáo Thành ủy Hà Nội cho biết, thành phố đã có 120 tổ.')).toEqual([])
    expect(names('Giảng viên là chuyên gia của Sở Khoa học và Công nghệ và Viễn thông Cà Mau.')).toEqual([])
    expect(names('Phó Chủ tịch UBND tỉnh Nguyễn Văn Hữu chủ trì.')).toEqual(['Nguyễn Văn Hữu'])
  })
  it('reads the date of a directive said to be issued, with no body named, and the replacement after it', () => {
    const x = extractArticle(
      [
        'Tin về văn bản chỉ đạo của tỉnh',
        '',
        '12/12/2024',
        '',
        'Chỉ thị số 09/CT-UBND được ban hành ngày 10/7/2023, thay thế Chỉ thị số 21/CT-UBND ngày 15/9/2019 của UBND tỉnh.',
        '',
        'Thanh Trà',
      ].join('\n'),
    )
    expect(x.directives.map((d) => [d.code, d.issuedOn])).toEqual([
      ['09/CT-UBND', '2023-07-10'],
      ['21/CT-UBND', '2019-09-15'],
    ])
    expect(x.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(['09/CT-UBND replaces 21/CT-UBND'])
  })
})

describe('fifth blind batch: committees before names, apostrophes, issuing to implement', () => {
  const names = (text: string) => findPeople([piece(text)]).map((p) => p.name)
  it('takes three words after a committee that ends a role for a person, two for a place', () => {
    expect(names('Báo cáo tại hội nghị, Trưởng Ban Tổ chức Tỉnh ủy Phạm Đức Mạnh cho biết.')).toEqual(['Phạm Đức Mạnh'])
    expect(names('Phó Trưởng Ban Tuyên giáo Thành ủy Hà Nội cho biết, thành phố đã có 120 tổ.')).toEqual([])
  })
  it('reads names joined by an apostrophe', () => {
    expect(names('Dự có chị Siu H’Mai, Phó Bí thư Tỉnh đoàn Gia Lai.')).toEqual(['Siu H’Mai'])
  })
  it('reads a plan issued to implement a directive named before it, and về thực hiện from a plan as implementing', () => {
    expect(
      relationsOf(
        'Thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 27-CTr/TU ngày 18/12/2017.',
      ),
    ).toEqual(['27-CTr/TU implements 18-NQ/TW'])
    expect(
      relationsOf(
        'Thực hiện Kế hoạch số 65-KH/ĐĐ ngày 12/3/2024 của Đảng đoàn Hội Cựu chiến binh tỉnh về thực hiện Chỉ thị 05-CT/TW năm 2024, các cấp Hội đã xây dựng mô hình.',
      ),
    ).toEqual(['65-KH/ĐĐ implements 05-CT/TW'])
  })
  it('drops comment forms, counters and attachments after the byline', () => {
    for (const line of [
      'Mã xác nhận',
      'Tổng số lượt truy cập: 1.284.503',
      'Tập tin đính kèm: CT-09-UBND-2024.pdf',
      'Bạn đọc vui lòng gõ tiếng Việt có dấu',
    ])
      expect(isBoilerplateLine(line), line).toBe(true)
    expect(isRelatedHeader('Các bài viết khác:')).toBe(true)
  })
})
