import type { EventKind } from '@vanban/core'

/**
 * The words events are reported with: what an event is called and what kind that makes it, the
 * verbs that hold one (active before its name, passive after it), and the verbs an organisation
 * reports one with. Lower case, as written; `./expressions.ts` compiles them.
 */

/** The verb of holding an event, in both voices: `X tổ chức hội nghị`, `hội nghị được tổ chức`, `do X tổ chức`. */
export const HOLD = 'tổ chức'

/**
 * An activity word: the kind of event it names, and whether it may name the event a holding
 * verb holds (`tổ chức tập huấn`, `tổ chức trao giải`) as well as classify one.
 */
export type Activity = {
  words: string
  kind: EventKind
  held?: true
  citing?: EventKind
  person?: true
  /** The words decide only where they open the name: later in it they tell what a meeting did. */
  opening?: true
  /** The words name the event held right after a holding verb, not opening a sentence. */
  heldAfterVerb?: true
}

/**
 * Activity words, each with its kind. The earliest one in an event's name wins, and of those
 * that start at the same word, the one listed first (`Hội nghị tập huấn` is a training,
 * `Hội nghị thông tin thời sự ... quán triệt` a dissemination). `citing` is the kind instead
 * when the event's report cites a directive (a reporters' conference that disseminates one).
 * `person`: the words also name a person, so they tell nothing of what was done at an event.
 */
export const ACTIVITIES: readonly Activity[] = [
  { words: 'ra mắt', kind: 'launch', held: true },
  { words: 'khai trương', kind: 'launch', held: true },
  { words: 'phát động', kind: 'launch', held: true },
  // Sending a campaign out (`Lễ ra quân Chiến dịch Thanh niên tình nguyện hè`) launches it.
  { words: 'ra quân', kind: 'launch', held: true },
  { words: 'khánh thành', kind: 'launch' },
  // Kicking off a campaign month (`Lễ khởi động Tháng Thanh niên`) launches it, as `phát động` does.
  { words: 'khởi động', kind: 'launch' },
  { words: 'tập huấn', kind: 'training', held: true },
  { words: 'bồi dưỡng', kind: 'training', held: true },
  // A practice session for learners (`buổi thực hành kỹ năng ... cho các học viên`).
  { words: 'thực hành', kind: 'training' },
  // Summing up a contest and handing its awards is its award ceremony (`tổng kết, trao giải Cuộc thi`).
  { words: 'tổng kết trao giải', kind: 'ceremony', held: true },
  { words: 'tổng kết và trao giải', kind: 'ceremony', held: true },
  { words: 'sơ kết', kind: 'review', held: true },
  // Drawing the lessons of what was done (`Hội nghị rút kinh nghiệm đại hội điểm`) reviews it.
  { words: 'rút kinh nghiệm', kind: 'review' },
  // A meeting named for assessing what was done (`Hội nghị đánh giá kết quả 2 năm thực hiện
  // ...`) reviews it; a meeting held `nhằm đánh giá` the month's work stays a meeting.
  { words: 'hội nghị đánh giá', kind: 'review' },
  // Holding an assessment of the results of a period (`Ban Chỉ đạo ... tổ chức đánh giá kết quả
  // thực hiện cuộc vận động năm 2016`) reviews it. Later in a name (`phiên họp thường kỳ ... nhằm
  // đánh giá kết quả công tác tháng 12`, `Hội nghị lần thứ 8, đánh giá kết quả ...`) it tells
  // what a meeting did, and the meeting stays a meeting.
  { words: 'đánh giá kết quả', kind: 'review', held: true, opening: true },
  // A ceremony that sums up (`Lễ Tổng kết Chương trình hỗ trợ xây dựng nhà ...`) is a ceremony;
  // a meeting that sums up (`Hội nghị tổng kết`) a review.
  { words: 'lễ tổng kết', kind: 'ceremony' },
  { words: 'tổng kết', kind: 'review', held: true },
  { words: 'sinh hoạt chuyên đề', kind: 'thematic_session', held: true },
  { words: 'hội thi', kind: 'contest', held: true },
  { words: 'cuộc thi', kind: 'contest', held: true },
  // A sports tournament (`tổ chức giải bóng đá mini`, `Giải Cầu lông hè 2018 diễn ra ...`); a bare
  // `giải` is also an award (`trao giải`) or opens another word (`giải pháp`, `giải quyết`).
  { words: 'giải bóng đá', kind: 'contest', held: true },
  { words: 'giải bóng chuyền', kind: 'contest', held: true },
  { words: 'giải bóng bàn', kind: 'contest', held: true },
  { words: 'giải cầu lông', kind: 'contest', held: true },
  { words: 'giải việt dã', kind: 'contest', held: true },
  { words: 'giải chạy', kind: 'contest', held: true },
  { words: 'giải thể thao', kind: 'contest', held: true },
  { words: 'giải cờ tướng', kind: 'contest', held: true },
  { words: 'giải quần vợt', kind: 'contest', held: true },
  { words: 'vòng chung kết', kind: 'contest' },
  { words: 'vòng sơ khảo', kind: 'contest' },
  { words: 'vòng loại', kind: 'contest' },
  { words: 'vòng bán kết', kind: 'contest' },
  { words: 'hội giảng', kind: 'contest', held: true },
  { words: 'quán triệt', kind: 'dissemination', held: true },
  { words: 'tuyên truyền', kind: 'dissemination' },
  // Learning from others' experience (`hội nghị học tập trao đổi kinh nghiệm xây dựng mô hình dân vận
  // khéo`) is a meeting to share it, not the study of a document (`trao đổi` is read `thảo-luận`).
  { words: 'học tập thảo-luận kinh nghiệm', kind: 'conference' },
  { words: 'học tập kinh nghiệm', kind: 'conference' },
  { words: 'học tập', kind: 'dissemination', held: true },
  // A news briefing (`hội nghị thông tin thời sự quý III`) is a conference, as a reporters'
  // conference is, unless its report disseminates a directive.
  { words: 'thông tin thời sự', kind: 'conference', citing: 'dissemination' },
  // A reporters' conference briefs them on the news: a conference, unless its report
  // disseminates a directive (`Hội nghị báo cáo viên Quý III, ... quán triệt Quy định số 85-QĐ/TW`).
  // The words also name a person (`đồng chí ..., báo cáo viên Trung ương truyền đạt ...`), so
  // they say nothing of what was done at an event (`person`).
  { words: 'báo cáo viên', kind: 'conference', citing: 'dissemination', person: true },
  // A briefing on one subject (`Hội nghị thông tin chuyên đề về biển đảo`), like a news briefing:
  // a conference, unless its report disseminates a directive.
  { words: 'thông tin chuyên đề', kind: 'conference', citing: 'dissemination' },
  { words: 'phổ biến', kind: 'dissemination' },
  // A talk on a set subject given to a body's staff (`buổi nói chuyện chuyên đề thân thế, sự
  // nghiệp cách mạng của Chủ tịch Hồ Chí Minh`) is a form of propaganda work: a dissemination.
  { words: 'nói chuyện chuyên đề', kind: 'dissemination', held: true },
  // Presenting a document's contents (`Hội nghị giới thiệu những nội dung cơ bản của Nghị quyết
  // ...`) disseminates it; `giới thiệu` alone also presents a book, a person or a product.
  { words: 'giới thiệu nội dung', kind: 'dissemination' },
  { words: 'giới thiệu những nội dung', kind: 'dissemination' },
  { words: 'giới thiệu các nội dung', kind: 'dissemination' },
  // The quick notice of a congress's or a plenum's results to a body's cadres (`Hội nghị cán bộ chủ
  // chốt để thông báo nhanh kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương`, `theo dõi Hội nghị
  // thông báo nhanh kết quả Đại hội ...`): made known to them, a dissemination.
  { words: 'thông báo nhanh', kind: 'dissemination' },
  // Conveying a resolution to those present (`được ... truyền đạt những nội dung cơ bản của Nghị quyết`).
  { words: 'truyền đạt', kind: 'dissemination' },
  // Deploying a year's or a quarter's tasks (`Hội nghị ... triển khai nhiệm vụ năm 2021`, read
  // alike from `triển khai công tác`: see eventWords) is a working conference, not the
  // dissemination of a document.
  { words: 'triển khai nhiệm vụ', kind: 'conference', citing: 'dissemination' },
  { words: 'triển khai', kind: 'dissemination' },
  // Guidance on carrying a document out (`Hội nghị hướng dẫn thực hiện Đề án số 27-ĐA/QU`).
  { words: 'hướng dẫn thực hiện', kind: 'dissemination' },
  { words: 'tuyên dương', kind: 'ceremony', held: true },
  // Commending those held up as examples is held as praising them is (`tổ chức biểu dương, khen
  // thưởng 62 điển hình tiêu biểu`): their ceremony. `khen thưởng` alone is not read as held: `tổ
  // chức khen thưởng` is most often the duty of rewarding, not an event.
  { words: 'biểu dương', kind: 'ceremony', held: true },
  // `trao đổi` (to discuss) is read apart: see eventWords.
  { words: 'trao', kind: 'ceremony', held: true },
  { words: 'kết nạp', kind: 'ceremony', held: true },
  // Recognising a probationary member as a full one is the admission's last step, a ceremony of
  // its own kind even at a cell's meeting (`tổ chức sinh hoạt chi bộ và công nhận đảng viên chính thức`).
  { words: 'công nhận đảng viên chính thức', kind: 'ceremony', held: true },
  // Signing an agreement or a programme of cooperation (`Lễ ký kết chương trình phối hợp`) is done
  // at its ceremony. Not read as held: `tổ chức ký kết thi đua giữa các chi bộ` is most often the
  // pledges signed at a launch already reported.
  { words: 'ký kết', kind: 'ceremony' },
  // A meeting held to announce decisions is their ceremony (`hội nghị công bố các quyết định thành lập 16 chi bộ`).
  { words: 'công bố quyết định', kind: 'ceremony' },
  { words: 'công bố các quyết định', kind: 'ceremony' },
  { words: 'khen thưởng', kind: 'ceremony' },
  // A workshop or a round table marking an anniversary stays a meeting
  // (`Hội thảo khoa học kỷ niệm 90 năm Ngày thành lập Đảng`), not the anniversary's ceremony.
  { words: 'hội thảo kỷ niệm', kind: 'conference' },
  { words: 'hội thảo khoa học kỷ niệm', kind: 'conference' },
  { words: 'tọa đàm kỷ niệm', kind: 'conference' },
  // Holding an anniversary (`Phường ... tổ chức kỷ niệm 95 năm Ngày thành lập Đảng`) is its
  // ceremony; opening a sentence the words head an outline or name the occasion.
  { words: 'kỷ niệm', kind: 'ceremony', heldAfterVerb: true },
  // The same word spelt with i, as Vietnamese spelling allows (`tổ chức kỉ niệm ngày thành lập Đoàn`).
  { words: 'kỉ niệm', kind: 'ceremony', heldAfterVerb: true },
  { words: 'vinh danh', kind: 'ceremony' },
  { words: 'mít tinh', kind: 'ceremony' },
  { words: 'dâng hương', kind: 'ceremony' },
  // Opening a class is the class's start, a training (`tổ chức khai giảng lớp bồi dưỡng`); a
  // bare opening ceremony stays a ceremony.
  { words: 'khai giảng lớp', kind: 'training', held: true },
  { words: 'khai giảng các lớp', kind: 'training', held: true },
  { words: 'khai giảng khóa', kind: 'training', held: true },
  { words: 'khai giảng', kind: 'ceremony' },
  { words: 'bế giảng', kind: 'ceremony' },
  // Receiving an honour (`Lễ đón nhận Huân chương ...`, `đón nhận Cờ thi đua của Chính phủ`).
  { words: 'đón nhận', kind: 'ceremony' },
  // A working meeting that prepares something else (`họp bàn ...`, `họp thông qua dự thảo kế
  // hoạch tổ chức Hội nghị ...`, `họp Ban tổ chức hội thi`) is a working session, not the event prepared.
  { words: 'họp bàn', kind: 'other' },
  { words: 'họp thông qua', kind: 'other' },
  { words: 'họp ban tổ chức', kind: 'other' },
  { words: 'làm việc', kind: 'other' },
  // A meeting with other bodies (`chủ trì cuộc họp với lãnh đạo các sở, ngành ...`) is a working session.
  { words: 'họp với', kind: 'other' },
  { words: 'giám sát', kind: 'other' },
  // A court's trial, a model one held to draw lessons too (`tổ chức phiên tòa rút kinh nghiệm`),
  // is a hearing, not a review; the lessons meeting after it is its own (`phiên họp rút kinh nghiệm`).
  { words: 'phiên tòa', kind: 'other', held: true },
  { words: 'phiên toà', kind: 'other', held: true },
  { words: 'diễn tập', kind: 'other', held: true },
  { words: 'đối thoại', kind: 'other', held: true },
  // Talks between two delegations (`đã diễn ra buổi hội đàm trao đổi tình hình định kỳ quý II ...
  // giữa đoàn đại biểu ... với đoàn đại biểu ...`): a working session of their own.
  { words: 'hội đàm', kind: 'other', held: true },
  { words: 'tiếp xúc', kind: 'other' },
  { words: 'khảo sát', kind: 'other' },
  // A body's discussion opening what it reports (`Ban Thường vụ Tỉnh ủy thảo luận về đề cương
  // ...`) is a meeting; later in a report (`các đại biểu thảo luận sôi nổi`) it is what was done at one.
  { words: 'thảo luận', kind: 'conference', opening: true },
]

/**
 * Schools whose pupils are trainees (cadres, officers, students): an academy, a political school, a
 * university or college, a centre for political training. Their opening of a school year
 * (`Lễ khai giảng năm học mới`) starts a course of training, as the opening of a class does;
 * a primary or secondary school's opens its pupils' year with a ceremony.
 */
export const TRAINING_SCHOOLS: readonly string[] = [
  'học viện',
  'trường chính trị',
  'trường đại học',
  'đại học',
  'trường cao đẳng',
  'trường trung cấp',
  'trường sĩ quan',
  'trường cán bộ',
  'trường bồi dưỡng cán bộ',
  'trung tâm chính trị',
  'trung tâm bồi dưỡng chính trị',
]

/**
 * Heads that name an event without saying what it does; they decide its kind only when no
 * activity word follows (`Lễ ra mắt` is a launch, a bare `Lễ` a ceremony). Every head may name
 * the event a holding verb holds.
 */
export const HEADS: ReadonlyArray<{ words: string; kind: EventKind }> = [
  { words: 'lễ', kind: 'ceremony' },
  { words: 'hội nghị', kind: 'conference' },
  { words: 'hội thảo', kind: 'conference' },
  { words: 'tọa đàm', kind: 'conference' },
  { words: 'diễn đàn', kind: 'conference' },
  { words: 'giao ban', kind: 'conference' },
  // A body meeting (`Ban Thường vụ Thành ủy họp cho ý kiến về ...`, `Bộ Chính trị họp ...`, `UBND
  // tỉnh họp rà soát ...`): its sitting, a conference. Not a get-together (`họp mặt`), a meeting
  // to discuss (`họp bàn`, a working session) or one with an event's board (`họp Ban Tổ chức`).
  { words: 'họp(?! mặt| bàn| ban tổ chức)', kind: 'conference' },
  { words: 'đại hội', kind: 'conference' },
  { words: 'gặp mặt', kind: 'conference' },
  // A get-together celebrates (`họp mặt kỷ niệm 95 năm`, `Họp mặt Câu lạc bộ 20/10`): a ceremony.
  { words: 'họp mặt', kind: 'ceremony' },
  // A cell's or a branch's regular meeting (`tổ chức sinh hoạt định kỳ tháng 8`) is a
  // conference; a thematic one is named by its activity words (`sinh hoạt chuyên đề`).
  { words: 'sinh hoạt định kỳ', kind: 'conference' },
  { words: 'sinh hoạt chi bộ', kind: 'conference' },
  { words: 'sinh hoạt chi đoàn', kind: 'conference' },
  // A leader's attending the members' party activity in a group or a cell (`đã dự sinh hoạt Đảng
  // tại tổ Đảng số 10`), no meeting of the cell's own named: a working session with them.
  { words: 'sinh hoạt đảng', kind: 'other' },
  { words: 'họp', kind: 'conference' },
  { words: 'phiên họp', kind: 'conference' },
  { words: 'kỳ họp', kind: 'conference' },
  // A sitting (`họp phiên thường kỳ tháng 12`).
  { words: 'phiên', kind: 'conference' },
  { words: 'lớp', kind: 'training' },
  { words: 'khóa', kind: 'training' },
]

/**
 * Words that name a held event but give it no kind of their own: `tổ chức buổi ...`, `tổ
 * chức 3 đợt học tập`, `tổ chức vòng chung kết`.
 */
export const HELD_NOUNS: readonly string[] = [
  'buổi',
  'đợt',
  'cuộc họp',
  'cuộc làm việc',
  'chương trình',
  'ngày hội',
  'hội diễn',
  'liên hoan',
  'triển lãm',
  'vòng',
  'hội thao',
  'tiếp xúc cử tri',
  // Activities held to mark an anniversary (`tổ chức các hoạt động kỷ niệm 84 năm Ngày truyền
  // thống`); bare `tổ chức hoạt động` is also the organisation and working of a body or a service.
  'hoạt động kỷ niệm',
  // Activities that send forces out or start a month's campaign (`tổ chức hoạt động ra quân khởi
  // động Tháng Thanh niên cho các bạn đoàn viên ...`): the launch held, its kind from `ra quân`.
  'hoạt động ra quân',
  // A heritage trip, a camp, an exchange, a display (`tổ chức hành trình về nguồn`, `hội trại
  // tòng quân`, `giao lưu "Tuổi trẻ học tập và làm theo lời Bác"`, `trưng bày tư liệu`): held
  // events of their own.
  'hành trình',
  'hội trại',
  'giao lưu',
  'trưng bày',
  // A fair and an evening's show (`tổ chức Hội chợ nông sản an toàn`, `tổ chức đêm văn nghệ chào
  // mừng ...`): held events of their own. `đêm` alone opens a time cue (`Đêm 26/3, ...`).
  'hội chợ',
  'đêm văn nghệ',
  'đêm nhạc',
  // An event named as such (`tổ chức sự kiện “Ngày hội việc làm thanh niên”`, `sự kiện ra mắt sản
  // phẩm`): its name or its activity words give its kind.
  'sự kiện',
  // A trip (`tổ chức chuyến thăm và tặng quà`, `chuyến tham quan, học tập kinh nghiệm`, `chuyến
  // về nguồn`): held as an event of its own.
  'chuyến',
]

/**
 * What members did at an outing their body held for them (`tổ chức cho cán bộ, đảng viên tham
 * gia lao động ...`, `tổ chức cho đoàn viên tham quan Khu di tích ...`): the outing is the event,
 * read only after `tổ chức cho` and those it was held for. Alone after `tổ chức` the same words
 * are the organising of work (`tổ chức lao động`). Lower case.
 */
export const OUTINGS: readonly string[] = ['tham quan', 'tham gia lao động', 'lao động', 'trải nghiệm', 'về nguồn']

/** Words that may stand between a holding verb and the event's name: `tổ chức long trọng Lễ ...`. */
export const MANNERS: readonly string[] = [
  'thành công',
  'long trọng',
  'trọng thể',
  'trang trọng',
  'chính thức',
  'trực tuyến',
  // A pilot held for others to follow (`tổ chức điểm “Ngày hội Đại đoàn kết toàn dân tộc”`,
  // `tổ chức điểm hội nghị ...`); `điểm` before no event's name is a place (`điểm tiêm`) or a roll call.
  'điểm',
]

/**
 * Activity words that open a list of held ones without naming an event themselves: `tổ chức
 * nghiên cứu, học tập, quán triệt Nghị quyết ...` holds the study, not research.
 */
export const LIST_OPENERS: readonly string[] = ['nghiên cứu']

/** Counts of held events (expression sources): `tổ chức 3 đợt`, `các buổi`. */
export const COUNTS: readonly string[] = ['\\d{1,3}', 'các', 'nhiều', 'một', 'hai', 'ba', 'bốn', 'năm']

/**
 * Verbs in the active voice that hold the event named after them: `Huyện ủy tổ chức hội
 * nghị`. `objects` (expression sources) limits a verb to the events it can hold: `mở` (to
 * open) a class or a course, not a door; `họp` (to meet in) a conference or a session.
 */
export const HOLDING_VERBS: ReadonlyArray<{
  words: string
  objects?: readonly string[]
  counted?: true
  /** Read only in a report with a time cue: `Đồng chí ... chủ trì hội nghị.` tells more of one already reported. */
  dated?: true
}> = [
  { words: HOLD },
  { words: 'khai mạc' },
  // Carrying out an event (`Hội thi ... đã tiến hành lễ bế mạc, trao giải`).
  { words: 'tiến hành' },
  // Closing a contest or a course is its closing ceremony (see CLOSING_VERBS), its awards handed
  // there (`tổ chức bế mạc và trao giải Hội thi ...`) or not.
  { words: 'bế mạc và trao giải' },
  { words: 'bế mạc, trao giải' },
  { words: 'bế mạc' },
  { words: 'mở', objects: ['lớp', 'khóa'], counted: true },
  { words: 'khai giảng', objects: ['lớp', 'khóa', 'các lớp'] },
  { words: 'họp', objects: ['hội nghị', 'phiên', 'kỳ họp'] },
  // Putting on a festival on a dated day (`Sáng ngày 12/10, ... Thành Đoàn ... triển khai Ngày hội
  // Thầy thuốc trẻ làm theo lời Bác`) holds it; `triển khai` a plan or a programme carries it out.
  { words: 'triển khai', objects: ['ngày hội'], dated: true },
  // Presiding over a meeting or a ceremony reports it (`Ngày 22/10, ... Trần Cẩm Tú chủ trì họp
  // Ban Chỉ đạo ...`, `Sáng 5/9, Hiệu trưởng ... chủ trì lễ khai giảng`); `chủ trì buổi lễ` refers
  // back to one already reported.
  // A working session too (`Chiều 9/8, Tổng Bí thư ... đã đến thăm và chủ trì buổi làm việc với Ban
  // Thường vụ Thành ủy ...`).
  { words: 'chủ trì', objects: ['họp', 'hội nghị', 'cuộc họp', 'lễ', 'buổi làm việc'], dated: true },
]

/**
 * Verbs that close an event: a contest or a course they close is closed by its ceremony (`Tối
 * 25.11, bế mạc Hội thi ...`, `Lễ bế giảng lớp bồi dưỡng`); a meeting they close stays a meeting.
 */
export const CLOSING_VERBS: readonly string[] = ['bế mạc', 'bế mạc và trao giải', 'bế mạc, trao giải', 'bế giảng']
export const CLOSED_BY_CEREMONY: readonly EventKind[] = ['contest', 'training']

/**
 * Verbs in the passive voice, written after the event's name: `Hội nghị được tổ chức`,
 * `Lễ ra mắt ... đã diễn ra`. `perfect`: also read with `đã` before it, the report starting there.
 */
export const PASSIVE_VERBS: ReadonlyArray<{ words: string; perfect?: true }> = [
  { words: `được ${HOLD}`, perfect: true },
  { words: 'diễn ra', perfect: true },
  { words: 'khai mạc' },
  { words: 'bế mạc' },
  // An event brought to its close (`Hội thao công nhân viên chức năm 2024 đã khép lại vào chiều
  // 20/5`), as `bế mạc` says: the clause ends there or its time follows (not `khép lại một chặng
  // đường`, a span of years closed).
  { words: 'khép lại(?=\\s*[,.;]|\\s+(?:vào|sau|lúc|từ)\\s|\\s*$)', perfect: true },
  // An event told as having succeeded (`Sáng 12/3, ... Đại hội Công đoàn Công ty lần thứ III đã thành
  // công tốt đẹp`): it took place. Only with `đã`: `Chúc Đại hội thành công tốt đẹp` wishes it.
  { words: 'đã thành công tốt đẹp' },
  // `Đại hội ... chính thức bắt đầu.`: an event begun, the clause ending there or its time
  // following (not `chính thức bắt đầu nhận hồ sơ`, a step of it).
  { words: 'chính thức bắt đầu(?=\\s*[,.;]|\\s+(?:vào|từ|lúc)\\s|\\s*$)', perfect: true },
]

/**
 * Words that name a part of the event named after them, in a passive report (`Sáng 14/12, những
 * hoạt động đầu tiên của Đại hội ... chính thức bắt đầu`): the event's own report. Lower case.
 */
export const EVENT_PARTS: readonly string[] = ['những hoạt động đầu tiên của', 'các hoạt động đầu tiên của']

/**
 * Verbs of taking place written before the event's name, after a time cue (`Sáng 30/6, tại các
 * tỉnh ... đã diễn ra Lễ công bố ...`), read with `đã` before them.
 */
export const HAPPENING_VERBS: readonly string[] = [
  'diễn ra',
  // Attending an event on a dated day (`Ngày 4-9, đồng chí Bí thư Quận ủy đã dự sinh hoạt Đảng tại
  // tổ Đảng số 10`, `Sáng 5/12, đồng chí ... dự Hội nghị tổng kết ...`) tells that it took place then.
  'dự',
  'tham dự',
  'đến dự',
  // Taking part in an event on a dated day (`Sáng 15/6, hơn 200 đoàn viên thanh niên tham gia lễ ra
  // quân Chiến dịch ...`), as attending it does.
  'tham gia',
  // A link point set up on a dated day to follow an online meeting (`Sáng ngày 28/01/2026, Đảng ủy xã
  // ... tổ chức điểm cầu trực tuyến theo dõi Hội nghị thông báo nhanh kết quả Đại hội ...`): the
  // meeting took place then, as one attended does. Undated, it tells more of one reported before.
  'tổ chức điểm cầu(?: trực tuyến)?(?: để)? (?:theo dõi|tham dự|dự)',
]

/**
 * Words that call, invite or plan those named after them to attend or take part in an event
 * (`Tỉnh đoàn kêu gọi đoàn viên tham gia Hội thi ...`, `mời đại biểu dự Hội nghị`, `kế hoạch tham
 * gia Hội thi`): the event named after a verb of attending is then not reported as held. Lower case.
 */
export const CALLS_TO_ATTEND: readonly string[] = [
  'kêu gọi',
  'vận động',
  'khuyến khích',
  'mời',
  'kế hoạch',
  'hướng dẫn',
  'đăng ký',
  'chuẩn bị',
]

/** Verbs after `do X` that make X the organiser: `do Ban Tuyên giáo chủ trì, phối hợp với ... tổ chức`. */
export const ORGANISING_VERBS: readonly string[] = ['chủ trì', 'phối hợp', HOLD, 'đăng cai']

/**
 * Words after which a holding verb is part of a noun (an organisation, the holding of, an
 * event's name): `ban tổ chức`, `việc tổ chức`, `Lễ khai giảng lớp ...`; a speech at the
 * opening or attending it is no opening (`Phát biểu khai mạc hội nghị`, `Dự khai mạc lớp`), nor
 * are the results of holding one (`Kết quả tổ chức đại hội điểm`) or the time after it (`sau khi`). Each at most 12 code units.
 */
export const NOUN_MARKERS: readonly string[] = [
  'ban',
  'các',
  'những',
  'của',
  'cơ sở',
  'việc',
  'lễ',
  'buổi',
  // A round of holding (`Qua đợt tổ chức kỷ niệm 93 năm ...`), years of it (`Tổng kết 20 năm tổ
  // chức Ngày hội Đại đoàn kết toàn dân tộc`: the review of them, not a day's festival).
  'đợt',
  'năm',
  'phát biểu',
  'dự',
  'kết quả',
  // A clause of time: `ngay sau khi bế mạc lớp tập huấn, Sở ... tổ chức diễn tập`.
  'khi',
  // The time set for holding one: `Thời gian tiến hành đại hội ... hoàn thành trong quý II`.
  'thời gian',
  // A document about holding one (`ban hành Kế hoạch tổ chức Đại hội ...`, `các hướng dẫn tổ
  // chức đại hội đảng các cấp`) plans or guides it; it does not report that it was held.
  'kế hoạch',
  'hướng dẫn',
  'phương án',
  // The work of holding one (`hoàn thành công tác tổ chức hội thi`).
  'công tác',
  // Holding one tied to what a clause reports (`Tại hội nghị này, Hội ... gắn tổ chức các hoạt
  // động kỷ niệm ..., Hội ... đã tổ chức họp mặt ...`): the clause after it reports.
  'gắn',
  'gắn với',
]

/**
 * Bodies a congress elects for its term (`Đại hội ... bế mạc và ra mắt Ban Chấp hành khóa VI`):
 * presenting them is a step of the congress, not a launch of their own. Lower case.
 */
export const ELECTED_BODIES: readonly string[] = [
  'ban chấp hành',
  'bch',
  'ban thường vụ',
  'btv',
  'ban kiểm tra',
  'ủy ban kiểm tra',
  'uỷ ban kiểm tra',
]

// `ra mắt` (to present, to launch) save where what is presented is an elected body.
const PRESENTING = `ra mắt(?!\\s+(?:${ELECTED_BODIES.join('|')})(?![\\p{L}\\p{N}]))`

/**
 * Verbs an organisation reports an event with, other than holding it: `Huyện đoàn phát động
 * đợt thi đua`, `Đoàn kiểm tra đã làm việc với ...`. Each gives its kind; null when the verb's
 * own activity word names the kind (`sơ kết`: a review), and then only a dated report counts.
 * Verbs of one kind are tried together, kinds in the order first listed. `words` are
 * expression sources.
 */
export const REPORTING_VERBS: ReadonlyArray<{ words: string; kind: EventKind | null }> = [
  { words: PRESENTING, kind: 'launch' },
  { words: 'khai trương', kind: 'launch' },
  { words: 'phát động', kind: 'launch' },
  { words: 'khánh thành', kind: 'launch' },
  // Sending a campaign's forces out (`Đoàn Thanh niên xã ra quân chiến dịch Thanh niên tình nguyện hè`).
  { words: 'ra quân', kind: 'launch' },
  // Deploying a contest launches it (`Ngày 12/3, Tỉnh đoàn triển khai Cuộc thi trực tuyến ...`),
  // as `phát động` does.
  { words: 'triển khai (?:cuộc thi|hội thi)', kind: 'launch' },
  // Announcing the decision that founds a body or a club launches it.
  { words: 'công bố quyết định thành lập', kind: 'launch' },
  { words: 'trao quyết định thành lập', kind: 'launch' },
  // A body at work in its groups or its hall is in session (`Ban Chấp hành Trung ương Đảng làm việc tại tổ`).
  { words: 'làm việc tại (?:tổ|hội trường),?', kind: 'conference' },
  // A briefing of a body's work (`Ủy ban MTTQ thành phố giao ban công tác quý I`).
  { words: 'giao ban', kind: 'conference' },
  // A body meeting (`Ban Thường vụ Thành ủy họp cho ý kiến về ...`, `Bộ Chính trị họp ...`, `UBND
  // tỉnh họp rà soát ...`): its sitting, a conference. Not a get-together (`họp mặt`), a meeting
  // to discuss (`họp bàn`, a working session) or one with an event's board (`họp Ban Tổ chức`).
  { words: 'họp(?! mặt| bàn| ban tổ chức)', kind: 'conference' },
  // A get-together (`Câu lạc bộ ... họp mặt kỷ niệm 85 năm ...`) celebrates, as its head does.
  { words: 'họp mặt', kind: 'ceremony' },
  // Working with or at another body is a working session (`tiếp tục làm việc theo nhóm với 11 đảng bộ`,
  // `Thường trực Thành ủy làm việc cùng lãnh đạo các ban`); not working together (`cùng nhau`).
  { words: 'làm việc (?:theo nhóm )?(?:với|tại|cùng(?! nhau))', kind: 'other' },
  // Meeting an event's organising board (`UBND tỉnh họp Ban Tổ chức hội thảo ...`) is a working session.
  { words: 'họp ban tổ chức', kind: 'other' },
  // Having a working session (`UBND tỉnh có buổi làm việc để nghe ...`) reports it.
  { words: 'có buổi làm việc', kind: 'other' },
  { words: 'tiếp xúc cử tri', kind: 'other' },
  { words: 'đối thoại với', kind: 'other' },
  // Announcing the President's order that promulgates laws (`Văn phòng Chủ tịch nước đã công bố
  // Lệnh số 09/2024/L-CTN ...`) is the office's announcement, a working event of its own.
  { words: 'công bố lệnh', kind: 'other' },
  // A delegation offering incense or flowers on a dated day (`Sáng 19/5, Đoàn đại biểu Tỉnh ủy dâng
  // hương tưởng niệm Chủ tịch Hồ Chí Minh`): the rite's ceremony, whatever else the day held.
  { words: 'dâng hương', kind: 'ceremony' },
  { words: 'dâng hoa', kind: 'ceremony' },
  // Bodies twinning (`Đồn Biên phòng ... ký kết nghĩa với Đại đội ...`, `Chi đoàn ... đã kết nghĩa
  // với ...`) do it at a twinning ceremony, dated or not; told of as a bond (`đơn vị kết nghĩa`,
  // `hai đơn vị kết nghĩa từ năm 2010`) it reports none (no subject or no cue).
  { words: 'ký kết nghĩa với', kind: 'ceremony' },
  { words: 'kết nghĩa với', kind: 'ceremony' },
  { words: 'sơ kết', kind: null },
  { words: 'tổng kết', kind: null },
  // A body's dated report that it held propaganda work for a public (`Chiều 7/3, Hội LHPN tỉnh phối
  // hợp với Trại giam ... tổ chức tuyên truyền, phổ biến, giáo dục pháp luật cho 300 phạm nhân nữ`):
  // a dissemination that day. Undated, it is a task a plan sets (`các cấp tổ chức tuyên truyền ...`).
  { words: 'tổ chức tuyên truyền,?', kind: null },
  // A body's dated discussion (`Chiều 20/5, ..., Ban Thường vụ Tỉnh ủy thảo luận về đề cương ...`):
  // the meeting held that day. Undated (`Tại hội nghị, các đại biểu đã thảo luận ...`), it is done
  // at an event told before.
  { words: 'thảo luận(?:,? (?:và )?cho ý kiến)?(?= (?:về|vào|và|các|những|dự thảo))', kind: null },
  { words: 'tuyên dương', kind: null },
  { words: 'tập huấn', kind: null },
  { words: 'sinh hoạt chuyên đề', kind: null },
  // A body's dated report that it disseminated a document (`Ngày 3/10, Tỉnh ủy đã quán triệt, triển
  // khai Nghị quyết số 57-NQ/TW đến cán bộ chủ chốt`, `Chi bộ thôn 3 học tập, quán triệt Nghị quyết
  // ...`): the dissemination held that day, its kind read from the verb's words.
  { words: 'học tập,? quán triệt,?', kind: null },
  // Research opening the list (`Đảng ủy ... đã tham gia nghiên cứu, học tập, quán triệt Quy định số
  // 144-QĐ/TW ...`), as LIST_OPENERS reads it after a holding verb.
  { words: 'nghiên cứu,? học tập,? quán triệt,?', kind: null },
  { words: 'học tập và quán triệt,?', kind: null },
  { words: 'quán triệt,?', kind: null },
  // A body's dated report that it admitted members or handed honours (`Ngày 12/4, Đảng ủy xã kết
  // nạp 3 đảng viên mới`, `Đảng ủy Khối trao Huy hiệu 50 năm tuổi Đảng cho ...`): the ceremony held
  // that day. Undated (`Tại hội nghị, ... trao Huy hiệu ...`), it is done at an event told before.
  { words: 'kết nạp', kind: null },
  // Bodies signing on a dated day (`Sáng 12/3, Công ty Điện lực tỉnh và Tỉnh đoàn ký kết chương
  // trình phối hợp ...`): the signing ceremony.
  { words: 'ký kết', kind: null },
  { words: 'trao (?:tặng )?(?:huy hiệu|huân chương|kỷ niệm chương|bằng khen)', kind: null },
  // A body receiving an honour (`Đảng bộ xã đón nhận Huân chương Lao động hạng Ba`) holds its ceremony.
  { words: 'đón nhận (?:huân chương|cờ thi đua|bằng khen|danh hiệu|bằng công nhận)', kind: null },
  // A body's dated report that it deployed or made known a directive (`Tỉnh ủy triển khai Nghị
  // quyết số 57-NQ/TW đến cán bộ chủ chốt`): a dissemination, as `quán triệt` is. A plan, a task or
  // a programme deployed (`triển khai kế hoạch`, `triển khai nhiệm vụ`) is not read.
  { words: 'triển khai,? (?:quán triệt,? )?(?:nghị quyết|chỉ thị|kết luận|quy định)', kind: null },
  { words: 'phổ biến (?:nghị quyết|chỉ thị|kết luận|quy định)', kind: null },
  // A plan or a guidance deployed to those who carry it out (`Ngày 10/11/2015, Huyện ủy đã triển khai
  // kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện`): made known to them that day, a dissemination.
  // Deployed to no one named (`triển khai kế hoạch xây dựng nông thôn mới`), it is carried out.
  {
    words:
      'triển khai (?:kế hoạch|hướng dẫn)(?=[^,;.]{0,100}? (?:tới|đến) (?:các|toàn thể|tất cả|cán bộ|đảng viên|đoàn viên|hội viên))',
    kind: null,
  },
]

/**
 * Inspecting, read as a verb only after one of {@link INSPECTION_ADVERBS} (`Đoàn giám sát ... đã
 * giám sát việc ...`: the team's name holds the same words as a noun). An inspection is of kind
 * `other`, tried after every reporting verb.
 */
export const INSPECTION_VERBS: readonly string[] = ['giám sát', 'kiểm tra', 'khảo sát']
export const INSPECTION_ADVERBS: readonly string[] = ['đã', 'vừa', 'tiến hành']

/**
 * Words that open a clause of who presided, written between the time cue and the subject
 * (`Ngày 29-9, dưới sự chủ trì của đồng chí ..., Hội nghị ... đã được tổ chức`): the subject
 * follows one of its commas. Lower case, read in either case at the first letter.
 */
export const PRESIDING_CLAUSES: readonly string[] = ['dưới sự chủ trì']

/**
 * Verbs of disseminating that may open a list of what was disseminated (`đồng chí ... đã truyền
 * đạt 3 Nghị quyết và 1 kết luận, gồm: Nghị quyết số 27-NQ/TW ...`): the list is what the event
 * was about, not directives named in passing. Lower case.
 */
export const DISSEMINATING: readonly string[] = ['truyền đạt', 'quán triệt', 'phổ biến', 'giới thiệu']

/**
 * Words before a body's name that make it its members together (`tập thể Bộ Chính trị đã làm
 * việc với ...`): the body is the organiser.
 */
export const COLLECTIVES: readonly string[] = ['tập thể']

/**
 * Activity words that, opening a clause after a working session's report (`... đã làm việc với
 * Ban Thường vụ Thành ủy, sơ kết 5 năm thực hiện Nghị quyết số 16`), give what the session was
 * held for: it reviews.
 */
export const SESSION_BUSINESS: readonly string[] = ['sơ kết', 'tổng kết']

/** Words between an organiser and its verb: `Đảng ủy xã đã long trọng tổ chức`. */
export const FILLERS: readonly string[] = [
  // `tổ chức khai mạc lớp ...`: the holding verb before the opening one.
  'tổ chức',
  'đã',
  'cũng',
  'vừa',
  'mới',
  'chính thức',
  'long trọng',
  'trang trọng',
  'trọng thể',
  'tiếp tục',
  // An auxiliary of carrying out before the holding verb (`đã tiến hành tổ chức Hội thi`,
  // `tiến hành Đại hội`): no part of the body's name.
  'tiến hành',
  // Each of several bodies held one: `Chi hội Phụ nữ ở 4/4 thôn đều tổ chức lễ kỷ niệm`.
  'đều',
  // A body taking part in what it reports (`Đảng ủy Tổng công ty ... đã tham gia nghiên cứu, học
  // tập, quán triệt Quy định số 144-QĐ/TW`): it held its own sitting of it.
  'tham gia',
]

/**
 * Words a speaker's words are reported with (`Phát biểu kết luận của đồng chí ... tại Hội nghị
 * ...`, `Là yêu cầu của Tổng Bí thư tại Hội nghị ...`): the event named after `tại` is where they
 * were spoken, so it took place. `direct` ones may name the event with no `tại` between (`dự và
 * phát biểu chỉ đạo Hội nghị Công an toàn quốc`); `opening` ones only so, opening a sentence,
 * with a verb of holding after the event's name. Lower case.
 */
export const SPEECH_AT: ReadonlyArray<{ words: string; direct?: true; opening?: true }> = [
  { words: 'phát biểu' },
  { words: 'phát biểu chỉ đạo', direct: true },
  { words: 'phát biểu khai mạc', direct: true },
  { words: 'phát biểu bế mạc', direct: true },
  { words: 'phát biểu kết luận', direct: true },
  // `kết luận` alone only opening a sentence, with the event's name and a verb of holding after
  // it (`Kết luận hội nghị quán triệt ... diễn ra sáng nay`): `Kết luận nêu, tại phiên họp ...` is
  // a document saying what a meeting did.
  { words: 'kết luận', direct: true, opening: true },
  // A speaker's words given while chairing (`nhấn mạnh điều này khi chủ trì cuộc làm việc của Ban
  // Thường vụ Tỉnh ủy sáng 22/8 ...`): the event chaired took place.
  { words: 'khi chủ trì', direct: true },
  { words: 'chỉ đạo' },
  // A speaker assessing at a meeting (`Thủ tướng đánh giá tại Hội nghị ...`).
  { words: 'đánh giá' },
  { words: 'yêu cầu' },
  { words: 'nhấn mạnh' },
  { words: 'ý kiến' },
  { words: 'khẳng định' },
  { words: 'cho biết' },
]

/**
 * The bare names by which a report refers back to the event it is about (`Tại hội nghị, các đại
 * biểu đã được quán triệt ...`): in a text that reported no event before, the event itself.
 */
export const EVENT_REFERENCES: readonly string[] = [
  'hội nghị',
  'buổi lễ',
  'lễ',
  'buổi sinh hoạt',
  'hội thảo',
  'lớp học',
  // A working session a headline named (`Thường trực Thành ủy làm việc cùng lãnh đạo các ban ...`
  // over `Tại buổi làm việc, đại diện lãnh đạo các đơn vị đã báo cáo ...`).
  'buổi làm việc',
]

/**
 * Names of standing movements that open with an activity word but name no event: `Học tập và làm
 * theo tư tưởng, đạo đức, phong cách Hồ Chí Minh` (the movement of Chỉ thị 05-CT/TW) as a heading.
 */
export const MOVEMENT_NAMES: readonly string[] = ['học tập và làm theo']

/**
 * Rites the people at an event perform there (`Trước khi diễn ra hội nghị, các đại biểu đã dâng
 * hương, dâng hoa tại Đền thờ ...`): a ceremony of its own, the same day as the event and held
 * by its organiser. Lower case.
 */
export const RITES: readonly string[] = ['dâng hương', 'dâng hoa']

/**
 * Hearing a report on a past period's work (`được nghe báo cáo công tác ... năm 2018 và 8 tháng
 * đầu năm 2019`) or assessing it (`đánh giá trong 6 tháng qua ...`), told as what was done at an
 * event, reviews it. Lower case; the period follows within the clause (see REPORTED_PERIOD).
 */
export const HEARING_REPORTS: readonly string[] = ['nghe báo cáo', 'nghe qua báo cáo', 'đánh giá']

/**
 * Words of an election held at an event (`Tại Đại hội Đảng bộ huyện Ia Grai, đồng chí ... tái đắc
 * cử Bí thư Huyện ủy`): the event named before them took place. Lower case.
 */
export const ELECTED: readonly string[] = ['tái đắc cử', 'đắc cử', 'được bầu', 'trúng cử']

/**
 * Entering a contest on a day (`vận động đoàn viên đăng ký tham gia dự thi vào sáng ngày
 * 20/3/2015`): the contest took place that day. Lower case; a day follows (see ENTERED_ON).
 */
export const ENTERING: readonly string[] = ['dự thi']

/**
 * Honours members receive (`44 đảng viên được tặng huy hiệu Đảng`, `vinh dự được trao tặng Huy
 * hiệu 75 tuổi Đảng`): told of an occasion, their award ceremony. Lower case; each is read after
 * a verb of receiving (see {@link RECEIVING}).
 */
export const HONOURS: readonly string[] = ['huy hiệu', 'huân chương', 'kỷ niệm chương']
/** Verbs of receiving an honour, after `được`: `được trao tặng`, `được tặng`, `được nhận`. */
export const RECEIVING: readonly string[] = ['trao tặng', 'trao', 'tặng', 'nhận']
/**
 * Words that tie honours received to an occasion, before the verb: `Đúng dịp kỷ niệm ...`,
 * `Đợt này có ...`. Without one, a count of honours (`trong nhiệm kỳ có 200 đảng viên được tặng
 * huy hiệu`) sums up a term, not an event.
 */
export const HONOUR_OCCASIONS: readonly string[] = ['dịp', 'đợt này', 'nhân dịp']

/**
 * Launches made at an event of another kind (`Tại buổi họp mặt, ... phát động thi đua trong hệ
 * thống chính trị`, a page headed `Phát động phong trào thi đua ...` over a review conference):
 * a launch of its own, the same day as the event and by its organiser. Lower case.
 */
export const LAUNCHES_AT_EVENT: readonly string[] = ['phát động', 'phát hành', PRESENTING]

/**
 * Spans of time a sentence may open with (`Trong năm, Hội đã tổ chức ... phát động phong trào thi
 * đua ...`, `Nhiệm kỳ qua, ...`): what it tells was done over that span, the summary a review reads
 * out, not an act done at the event just reported. Lower case; a year may follow `trong năm`.
 */
export const SPANS_DONE_OVER: readonly string[] = [
  'trong năm',
  'năm qua',
  'trong năm qua',
  'những năm qua',
  'trong nhiệm kỳ',
  'nhiệm kỳ qua',
  'trong nhiệm kỳ qua',
  'thời gian qua',
  'trong thời gian qua',
  'từ đầu năm',
]

/**
 * Work a turnout does (`tham gia ra quân dọn dẹp vệ sinh, xóa quảng cáo sai quy định`), told at an
 * event of another kind (a launch): an action day of its own, the same day. Lower case, each read
 * right after `ra quân`.
 */
export const TURNOUT_WORK: readonly string[] = [
  'dọn dẹp',
  'vệ sinh',
  'thu gom',
  'trồng cây',
  'làm sạch',
  'phát quang',
  'xóa',
]

/**
 * Launch verbs read after what was launched and before its day or month (`Tủ sách ... ra mắt
 * tháng 11/2021`, `Tủ sách Hồ Chí Minh ra mắt ngày 16/5/2022`): each such launch took place then,
 * however many a sentence lists. Lower case.
 */
export const LAUNCHED_ON: readonly string[] = ['ra mắt', 'khai trương', 'khánh thành']

/**
 * Words before a launch verb, in its clause, that make it one made before and named again (`phong
 * trào thi đua do Tỉnh ủy phát động`, `được phát động từ năm 2020`, `hưởng ứng ... phát động`).
 */
export const LAUNCHED_BEFORE: readonly string[] = ['do', 'được', 'hưởng ứng', 'đã được']

/**
 * Words of discussion before a launch verb, anywhere in its sentence, that make the launch a topic
 * talked over (`các đại biểu đóng góp ý kiến về công tác thi đua, phát động phong trào ...`).
 */
export const DISCUSSING: readonly string[] = ['ý kiến', 'thảo luận', 'trao đổi', 'bàn về']

/**
 * Words a body's sitting is reported with, read as a conference (`Ban Chấp hành Trung ương Đảng
 * làm việc tại tổ`, `... làm việc tại Hội trường`; see REPORTING_VERBS): its sittings on one day
 * are one event. Lower case.
 */
export const SITTING_WORDS: readonly string[] = ['làm việc']

/**
 * Words opening a sentence once an event is over (`Kết thúc cuộc thi, Ban tổ chức trao ...`) or
 * under way (`Bước vào hội thi ..., 4 đội thi ...`), or just before it began (`Trước khi diễn ra
 * buổi tọa đàm, Ban tổ chức ... dành phút mặc niệm`): in a text that reported no event before, the
 * event named after them took place. Lower case.
 */
export const ENDINGS: readonly string[] = [
  'kết thúc',
  'trước khi diễn ra',
  'trước khi khai mạc',
  // Entering the contest, once it has begun (`Bước vào hội thi “Hành trình công tác Hội”, 4 đội thi
  // ... đã cùng nhau tranh tài`): a passage that starts inside the report.
  'bước vào',
]
