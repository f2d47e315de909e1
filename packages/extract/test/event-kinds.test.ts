import { describe, expect, it } from 'vitest'
import { classifyEvent, doneKind, kindWhenCiting } from '../src/event-kinds.ts'
import { ACTIVITIES, HEADS } from '../src/rules/event-words.ts'

describe('classifyEvent', () => {
  it.each([
    { reading: 'the last word before the final stop counts', phrase: 'hội nghị tổng kết.', kind: 'review' },
    {
      reading: 'a meeting to learn from and share experience is a conference',
      phrase: 'hội nghị học tập trao đổi kinh nghiệm xây dựng mô hình dân vận khéo',
      kind: 'conference',
    },
    {
      reading: 'learning from experience, with a comma',
      phrase: 'Hội nghị học tập, trao đổi kinh nghiệm công tác dân vận',
      kind: 'conference',
    },
    {
      reading: 'studying a resolution is a dissemination (counter-example)',
      phrase: 'Hội nghị học tập, quán triệt Nghị quyết Đại hội',
      kind: 'dissemination',
    },
    {
      reading: 'studying and following Uncle Ho is a dissemination (counter-example)',
      phrase: 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      kind: 'dissemination',
    },
    {
      reading: 'summing up a contest and handing its awards is a ceremony',
      phrase: 'tổng kết, trao giải Cuộc thi Sáng tạo',
      kind: 'ceremony',
    },
    { reading: 'summing up a year of work is a review', phrase: 'tổng kết công tác năm 2024', kind: 'review' },
    {
      reading: 'a ceremony that sums up a programme is a ceremony',
      phrase: 'Lễ tổng kết Chương trình xây dựng nhà tình nghĩa',
      kind: 'ceremony',
    },
    { reading: 'a meeting that sums up is a review', phrase: 'Hội nghị tổng kết Chương trình', kind: 'review' },
    {
      reading: 'a numbered meeting with a review joined by và is the meeting',
      phrase: 'Hội nghị Dân vận toàn quốc lần thứ 12 và tổng kết 10 năm thực hiện Kết luận',
      kind: 'conference',
    },
    {
      reading: 'a numbered meeting named for its review is a review',
      phrase: 'Hội nghị lần thứ 12 tổng kết 10 năm thực hiện Kết luận',
      kind: 'review',
    },
    { reading: "a cell's regular meeting is a conference", phrase: 'sinh hoạt định kỳ tháng 8', kind: 'conference' },
    {
      reading: 'a thematic meeting is named by its activity',
      phrase: 'sinh hoạt chuyên đề quý III',
      kind: 'thematic_session',
    },
    { reading: 'an abbreviation with a dot stays read', phrase: 'Hội nghị tập huấn tại TP.HCM', kind: 'training' },
    {
      reading: 'the activity word wins over the head',
      phrase: 'Hội nghị tập huấn kỹ năng viết tin bài',
      kind: 'training',
    },
    {
      reading: 'the activity word wins over the head',
      phrase: 'Hội nghị sơ kết 3 năm thực hiện Kết luận 01',
      kind: 'review',
    },
    { reading: 'the activity word wins over the head', phrase: 'Lễ ra mắt mô hình “Chi bộ 4 tốt”', kind: 'launch' },
    { reading: 'the activity word wins over the head', phrase: 'Lễ tuyên dương gương điển hình', kind: 'ceremony' },
    {
      reading: 'a quoted title is not the event',
      phrase: 'Hội thảo khoa học “Tập huấn và sơ kết”',
      kind: 'conference',
    },
    { reading: 'trao đổi (to discuss) is no award', phrase: 'buổi trao đổi kinh nghiệm', kind: null },
    {
      reading: 'a practice session for learners is a training',
      phrase: 'buổi thực hành “kỹ năng tổ chức sinh hoạt chi bộ” cho các học viên',
      kind: 'training',
    },
    {
      reading: 'a meeting that announces decisions is their ceremony',
      phrase: 'hội nghị công bố các quyết định thành lập 16 chi bộ cơ sở',
      kind: 'ceremony',
    },
    {
      reading: 'a meeting drawing the lessons of what was done reviews it',
      phrase: 'Hội nghị rút kinh nghiệm đại hội điểm cấp cơ sở',
      kind: 'review',
    },
    {
      reading: 'a model trial held to draw lessons is a hearing, not a review',
      phrase: 'phiên tòa rút kinh nghiệm vụ án dân sự',
      kind: 'other',
    },
    {
      reading: 'the lessons meeting after a trial reviews it (counter-example)',
      phrase: 'phiên họp rút kinh nghiệm sau phiên tòa',
      kind: 'review',
    },
    {
      reading: 'recognising a full member at a cell meeting is its ceremony',
      phrase: 'sinh hoạt chi bộ và công nhận đảng viên chính thức cho 2 đồng chí',
      kind: 'ceremony',
    },
    {
      reading: 'a cell meeting that recognises no member stays a meeting (counter-example)',
      phrase: 'sinh hoạt chi bộ định kỳ và nhận xét đảng viên dự bị',
      kind: 'conference',
    },
    { reading: 'a sports tournament is a contest', phrase: 'giải bóng chuyền hơi nữ năm 2024', kind: 'contest' },
    {
      reading: 'a meeting on solutions is no tournament (counter-example)',
      phrase: 'hội nghị bàn giải pháp phát triển thể thao',
      kind: 'conference',
    },
    {
      reading: 'handing the awards of a tournament is its ceremony (counter-example)',
      phrase: 'lễ trao giải bóng đá thiếu niên',
      kind: 'ceremony',
    },
    {
      reading: 'conveying a resolution disseminates it',
      phrase: 'buổi truyền đạt những nội dung cơ bản của Nghị quyết',
      kind: 'dissemination',
    },
    { reading: 'a get-together celebrates', phrase: 'Họp mặt Câu lạc bộ 20/10 thành phố', kind: 'ceremony' },
    { reading: 'a sitting is a meeting', phrase: 'phiên thường kỳ tháng 12', kind: 'conference' },
    {
      reading: 'training as the topic of a seminar is no course',
      phrase: 'hội thảo đào tạo “Triển khai Nghị quyết 57-NQ/TW”',
      kind: 'conference',
    },
    { reading: 'a training course is named by its head', phrase: 'khóa đào tạo cán bộ nguồn', kind: 'training' },
    {
      reading: "the second part of a joint meeting's long name names it",
      phrase: 'hội nghị sinh hoạt chi bộ định kỳ tháng 6 và sinh hoạt chuyên đề quý II năm 2025',
      kind: 'thematic_session',
    },
    {
      reading: 'a workshop marking an anniversary is a workshop',
      phrase: 'Hội thảo khoa học kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh',
      kind: 'conference',
    },
    {
      reading: 'a round table marking an anniversary is a meeting',
      phrase: 'tọa đàm kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam',
      kind: 'conference',
    },
    {
      reading: 'a meeting marking an anniversary is its ceremony',
      phrase: 'Hội nghị kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam',
      kind: 'ceremony',
    },
    {
      reading: "deploying a year's tasks is a working conference",
      phrase: 'Hội nghị trực tuyến triển khai nhiệm vụ năm 2025',
      kind: 'conference',
    },
    {
      reading: "deploying a year's work (công tác) is a working conference",
      phrase: 'Hội nghị trực tuyến với các địa phương triển khai công tác mặt trận năm 2025',
      kind: 'conference',
    },
    {
      reading: 'deploying a resolution disseminates it',
      phrase: 'Hội nghị triển khai Nghị quyết số 57-NQ/TW',
      kind: 'dissemination',
    },
    {
      reading: 'a review before deploying the next tasks is a review',
      phrase: 'hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025',
      kind: 'review',
    },
    {
      reading: 'a meeting named for assessing what was done reviews it',
      phrase: 'Hội nghị đánh giá kết quả một năm thực hiện mô hình “Dân vận khéo”',
      kind: 'review',
    },
    {
      reading: 'a meeting held to assess the month stays a meeting',
      phrase: 'phiên họp thường kỳ tháng 5 nhằm đánh giá kết quả công tác tháng 5',
      kind: 'conference',
    },
    {
      reading: 'a meeting to discuss a contest is a working session, not the contest',
      phrase: 'họp bàn các nội dung chuẩn bị hội thi Bí thư chi bộ giỏi',
      kind: 'other',
    },
    {
      reading: 'a meeting to pass a plan for a conference is a working session',
      phrase: 'họp thông qua dự thảo kế hoạch tổ chức Hội nghị Dân vận',
      kind: 'other',
    },
    {
      reading: 'a meeting of the organising board of a contest is a working session',
      phrase: 'họp Ban Tổ chức Hội thi tuyên truyền viên giỏi năm 2025',
      kind: 'other',
    },
    {
      reading: 'checking progress is the topic of a meeting, not an inspection',
      phrase: 'hội nghị kiểm tra, rà soát tiến độ công tác chuẩn bị',
      kind: 'conference',
    },
    {
      reading: 'guidance on carrying a document out disseminates it',
      phrase: 'Hội nghị hướng dẫn thực hiện Đề án số 27-ĐA/QU',
      kind: 'dissemination',
    },
    {
      reading: "a reporters' conference is a conference",
      phrase: 'Hội nghị báo cáo viên tháng 9/2023',
      kind: 'conference',
    },
    {
      reading: 'a news briefing is a conference',
      phrase: 'hội nghị thông tin thời sự quý III năm 2024',
      kind: 'conference',
    },
  ])('$reading: $phrase is $kind', ({ phrase, kind }) => {
    expect(classifyEvent(phrase)).toBe(kind)
  })
})

describe('kindWhenCiting', () => {
  it.each([
    {
      reading: "a reporters' conference that cites a directive disseminates it",
      phrase: 'Hội nghị báo cáo viên Quý III năm 2023',
      kind: 'dissemination',
    },
    {
      reading: 'a news briefing that cites a directive disseminates it',
      phrase: 'Hội nghị thông tin thời sự quý I năm 2024',
      kind: 'dissemination',
    },
    { reading: 'an earlier activity word decides', phrase: 'Hội nghị tập huấn báo cáo viên', kind: null },
    { reading: 'a bare head keeps its kind', phrase: 'Hội nghị Ban Chấp hành Đảng bộ', kind: null },
  ])('$reading: $phrase', ({ phrase, kind }) => {
    expect(kindWhenCiting(phrase)).toBe(kind)
  })
})

// A row of the word lists that an earlier row shadows would never give its kind.
describe('the activity and head words of rules/event-words.ts', () => {
  it.each(ACTIVITIES)('$words names a $kind', ({ words, kind }) => {
    expect(classifyEvent(words)).toBe(kind)
  })
  it.each(HEADS)('$words alone names a $kind', ({ words, kind }) => {
    expect(classifyEvent(words)).toBe(kind)
  })
})

describe('doneKind', () => {
  it.each([
    {
      reading: "a reporter named before the verb is a person, not a reporters' conference",
      phrase: 'các đại biểu đã được đồng chí Trần Văn Bình, báo cáo viên Trung ương truyền đạt Nghị quyết',
      kind: 'dissemination',
    },
    {
      reading: 'what was done there names the kind',
      phrase: 'các đại biểu được quán triệt Quy định 144',
      kind: 'dissemination',
    },
    { reading: 'no activity word, no kind', phrase: 'các đại biểu thảo luận sôi nổi', kind: null },
  ])('$reading', ({ phrase, kind }) => {
    expect(doneKind(phrase, 24)).toBe(kind)
  })
})
