/**
 * Words that make a sentence something other than a report of what happened: a plan, an
 * instruction or a habit before its verb (`sẽ tổ chức`, `đề nghị ... tổ chức`), and the speech
 * around a directive that an event does not take for its own (`đồng chí Bí thư yêu cầu ...`).
 * `./expressions.ts` compiles them.
 */

/**
 * A word or phrase as written in lower case. `capitalised`: also read with a capital, where a
 * sentence opens with it; false where a capitalised word opens names (`Giao Thủy`, `Cần Thơ`,
 * `Mong Thọ` are places). `notFollowedBy` and `notAfter` drop the readings where the same
 * letters are another word: `giao ban` (a meeting) is no `giao` (to assign), `Ban Chỉ đạo` no
 * `chỉ đạo` (to direct). `followedBy` asks for one of its words after the phrase.
 */
export type ReportWord = {
  words: string
  capitalised: boolean
  notFollowedBy?: readonly string[]
  notAfter?: readonly string[]
  followedBy?: readonly string[]
}

/** Words before a verb that make it a plan, an instruction or reported speech, not a report. */
export const PLAN_WORDS: readonly ReportWord[] = [
  { words: 'dự kiến', capitalised: true },
  { words: 'theo kế hoạch', capitalised: true },
  { words: 'chuẩn bị', capitalised: true },
  { words: 'đề nghị', capitalised: true },
  // `đáp ứng yêu cầu`, `theo yêu cầu`: the noun, not a speaker's request.
  { words: 'yêu cầu', capitalised: true, notAfter: ['đáp ứng', 'theo', 'các', 'những', 'mọi'] },
  { words: 'đề xuất', capitalised: true },
  { words: 'kiến nghị', capitalised: true },
  { words: 'hằng năm', capitalised: true },
  { words: 'hàng năm', capitalised: true },
  { words: 'thường xuyên', capitalised: true },
  // Consent to hold an event is no report that it was held (`đồng ý tổ chức Hội nghị toàn quốc ...`);
  // consent received, a noun after `sự` (`Được sự đồng ý của Ban Thường vụ Huyện ủy, ngày 12/9, Ban
  // Tuyên giáo Huyện ủy tổ chức ...`), opens the report of one held.
  { words: 'đồng ý', capitalised: true, notAfter: ['sự'] },
  { words: 'cho phép', capitalised: true, notAfter: ['sự'] },
  { words: 'chấp thuận', capitalised: true, notAfter: ['sự'] },
  { words: 'định kỳ', capitalised: true },
  { words: 'sẽ', capitalised: true },
  { words: 'chưa', capitalised: true },
  { words: 'nếu', capitalised: true },
  { words: 'sắp', capitalised: false, notFollowedBy: ['xếp'] },
  // Holding one soon (`Quyết định sớm tổ chức Đại hội Phụ nữ toàn quốc`) plans it; early in a day
  // or a period (`sáng sớm`, `từ sớm`) is a time.
  { words: 'sớm', capitalised: false, notAfter: ['sáng', 'chiều', 'tối', 'từ', 'rất', 'càng'] },
  { words: 'cần', capitalised: false },
  { words: 'phải', capitalised: false },
  { words: 'giao', capitalised: false, notFollowedBy: ['ban', 'lưu', 'thông', 'tiếp', 'nhận', 'ước'] },
  { words: 'mong', capitalised: false },
  // `là dịp để đánh giá ...` (the occasion to): what an event is for, not a plan.
  { words: 'để', capitalised: false, notAfter: ['dịp'] },
  // `không gian mạng` (cyberspace), `Không quân` (the air force), `hàng không` (aviation), `phòng
  // không` (air defence) say no `không` (not).
  { words: 'không', capitalised: false, notFollowedBy: ['gian', 'khí', 'quân', 'phận'], notAfter: ['hàng', 'phòng'] },
  // `thực hiện chỉ đạo của Thành ủy` (the direction of) is a noun, as is `Ban Chỉ đạo`.
  { words: 'chỉ đạo', capitalised: false, notAfter: ['ban', 'thực hiện', 'theo', 'sự', 'của'] },
  { words: 'lưu ý', capitalised: false },
  { words: 'nhắc nhở', capitalised: false },
  { words: 'nhấn mạnh', capitalised: false },
]

/**
 * Words of speech and plans written before a directive's mention: a directive that a speaker
 * asks to be carried out is not one the event reported before was about.
 */
export const SPEECH_WORDS: readonly ReportWord[] = [
  // `đáp ứng yêu cầu`, `theo yêu cầu`: the noun, not a speaker's request.
  { words: 'yêu cầu', capitalised: true, notAfter: ['đáp ứng', 'theo', 'các', 'những', 'mọi'] },
  { words: 'đề nghị', capitalised: true },
  { words: 'nhấn mạnh', capitalised: true },
  { words: 'khẳng định', capitalised: true },
  { words: 'cho rằng', capitalised: true },
  { words: 'cho biết', capitalised: true },
  { words: 'lưu ý', capitalised: true },
  { words: 'đề xuất', capitalised: true },
  { words: 'kiến nghị', capitalised: true },
  { words: 'mong muốn', capitalised: true },
  { words: 'phát biểu', capitalised: true },
  { words: 'nêu rõ', capitalised: true },
  { words: 'kết luận', capitalised: true, followedBy: ['hội nghị', 'buổi', 'hội thảo'] },
  { words: 'theo báo cáo', capitalised: true },
  // A ministry's or a minister's account (`Theo Bộ Kế hoạch và Đầu tư, ... theo Quyết định số ...`).
  { words: 'theo Bộ', capitalised: true },
  { words: 'báo cáo tại', capitalised: true },
  { words: 'dự kiến', capitalised: true },
  { words: 'sẽ', capitalised: true },
  { words: 'cần', capitalised: false },
  { words: 'phải', capitalised: false },
  { words: 'chỉ đạo', capitalised: false, notAfter: ['ban', 'lãnh đạo,', 'thực hiện', 'theo', 'sự', 'của'] },
]

/**
 * Words of a deadline (`gửi hồ sơ dự thi cấp tỉnh trước ngày 30-9`): a sentence that sets one is an
 * instruction for what is to be done, not a report of what was. Each is read before a day.
 */
export const DEADLINE_WORDS: readonly string[] = ['trước ngày', 'chậm nhất', 'chậm nhất vào ngày', 'hạn chót']
