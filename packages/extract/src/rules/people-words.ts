/**
 * The words people are named with: family names, the honorifics and titles written before a
 * name, the roles written before and after it, the verbs that end a list of roles, and the words
 * of places and organisations that make a capitalised run no person's name. As written (case
 * matters unless a list says otherwise); `./expressions.ts` compiles them.
 */

/** Common Vietnamese family names: a name cued only by a role must start with one. */
export const SURNAMES: readonly string[] = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Mai Trương Lại Lò Quàng Tôn ' +
  'Hà Cao Lưu Tạ Thái Trịnh Đoàn Kiều La Lương Chu Châu Triệu Vương Quách Tô Từ Hứa Văn Phùng Mạc Khúc Tăng Thân ' +
  'Đàm Lục Nông Hầu Giang Kim Âu Diệp Đồng Thạch Tống Ông Nghiêm Quan Vi Mạch Lã Bạch Ninh Doãn Triệu Viên Khổng ' +
  'Cù Kha Lò Cầm Hà Sầm Bế Hoàng Y H Ksor Rơ Siu Đinh Thiều Trình Ứng Yên Cấn Lữ Chế Lạc Mã Công Phó'
).split(' ')

/** Historical figures, whose names news uses for ideas, places and anniversaries, not people. */
export const HISTORICAL_FIGURES: readonly string[] = [
  'Hồ Chí Minh',
  'Tôn Đức Thắng',
  'Võ Nguyên Giáp',
  'Lê Thánh Tôn',
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Quang Trung',
  'Nguyễn Trãi',
  'Lê Duẩn',
  'Trường Chinh',
  'Phạm Văn Đồng',
  'Nguyễn Ái Quốc',
  'Nguyễn Chí Thanh',
  'Nguyễn Văn Cừ',
  'Lê Hồng Phong',
  'Nguyễn Thị Minh Khai',
  'Hoàng Văn Thụ',
  'Nguyễn Văn Linh',
  'Trần Phú',
  'Hà Huy Tập',
  'Phan Bội Châu',
  'Phan Châu Trinh',
  'Nguyễn Đình Chiểu',
  'Nguyễn Du',
  'Nguyễn Tất Thành',
  'Võ Thị Sáu',
]

/**
 * The head nouns of organisations that are no family name (`Hội Nông dân`, `Ban Thường vụ`, `Sở
 * Y tế`): a capitalised run that opens with one names an organisation, whatever cue stands
 * before it (`đại biểu Hội Nông dân`, `Hội Cựu chiến binh`).
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'Hội',
  'Ban',
  'Sở',
  'Phòng',
  'Vụ',
  'Cục',
  'Bộ',
  'Chi',
  'Liên',
  'Ủy',
  'Uỷ',
]

/**
 * The country's and its centrally-run cities' names, written like a person's name of two words
 * (`Việt Nam`, `Hà Nội`) and cued as one by the words of organisations before them (`Hội Cựu
 * chiến binh Việt Nam`): places, never people.
 */
export const PLACES_NAMED_LIKE_PEOPLE: readonly string[] = ['Việt Nam', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']

/**
 * Honorifics right before a name, in lower case and read in any case: `đồng chí Lê Văn A`,
 * `bà Hà Thị Mai`. `opensSentence`: capitalised at a sentence's start (`Ông Hồ Đắc Phương,
 * ...`), it is still the cue and not the first word of the name.
 */
export const HONORIFICS: ReadonlyArray<{ words: string; opensSentence?: true }> = [
  { words: 'đồng chí', opensSentence: true },
  { words: 'đ/c', opensSentence: true },
  { words: 'ông', opensSentence: true },
  { words: 'bà', opensSentence: true },
  { words: 'chị', opensSentence: true },
  { words: 'anh', opensSentence: true },
  { words: 'thí sinh', opensSentence: true },
  { words: 'quần chúng ưu tú' },
  { words: 'quần chúng' },
  { words: 'cháu', opensSentence: true },
  { words: 'em', opensSentence: true },
  { words: 'học viên', opensSentence: true },
  { words: 'đại biểu', opensSentence: true },
  { words: 'nghệ nhân' },
  { words: 'cựu chiến binh' },
  { words: 'nhà văn' },
  { words: 'nhà báo' },
  { words: 'nhạc sĩ' },
  { words: 'họa sĩ' },
  { words: 'bác sĩ' },
  { words: 'luật sư' },
]

/** Grades of a military rank and the ranks they take: `Thượng tá`, `Thiếu tướng`, `Đại úy`. */
export const RANK_GRADES: readonly string[] = ['Thượng', 'Trung', 'Thiếu', 'Đại']
export const RANKS: readonly string[] = ['tướng', 'tá', 'úy', 'uý']
/** The ranks of generals and field officers, which are written right before a name as roles. */
export const SENIOR_RANKS: readonly string[] = ['tướng', 'tá']

/**
 * Titles written before a name, alone or in a list (`Thiếu tướng, Giáo sư, Tiến sĩ Bùi Quảng
 * Bạ`), besides the military ranks. Words one space apart, matched one white space or more apart.
 */
export const TITLES: readonly string[] = [
  'Chuẩn đô đốc',
  'Chuẩn úy',
  'Chuẩn uý',
  'Phó Giáo sư',
  'Giáo sư',
  'Tiến sĩ',
  'Tiến sỹ',
  'Tiến sĩ Khoa học',
  'Tiến sỹ Khoa học',
  'Thạc sĩ',
  'Thạc sỹ',
  'Nhà giáo nhân dân',
  'Nhà giáo ưu tú',
  'Nghệ sĩ nhân dân',
  'Nghệ sĩ ưu tú',
]

/**
 * Titles that run on to what the honour is for: `Anh hùng Lực lượng vũ trang nhân dân` (up to
 * 40 code units, to a comma or a dash).
 */
export const OPEN_TITLES: readonly string[] = ['Anh hùng']

/**
 * Abbreviated titles, each with or without a dot, the two parts of a pair with or without a
 * space between: `PGS.TS`, `PGS. TS.`, `ThS`.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = ['PGS.TS', 'GS.TS', 'GS', 'PGS', 'TS', 'ThS', 'BS', 'KS', 'NCS']

/**
 * What every title holds (its last word, or part of it): a window before a name with none of
 * these holds no title and is not read word by word. Add a title's last word here when no
 * piece of it is.
 */
export const TITLE_HINT = /[GTBKC]S|hS|tướng|tá|úy|uý|đốc|sư|sĩ|sỹ|dân|tú|hùng/u

/**
 * Words a role or an office opens with, never a given name: after a name, a part of the text
 * that opens with one is a new role (`Lê Văn A, Bí thư ..., Chủ tịch ...`). A longer role that
 * starts with one (`Phó Chủ tịch`, `Trưởng ban`) needs no row of its own. As written, except
 * {@link ROLE_OPENINGS_ANY_CASE}.
 */
export const ROLE_OPENINGS: readonly string[] = [
  'Bí thư',
  'Bí Thư',
  'Phó',
  'Trưởng',
  'Chủ tịch',
  'Chủ nhiệm',
  'Ủy viên',
  'Uỷ viên',
  'Giám đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Vụ trưởng',
  'Cục trưởng',
  'Chánh',
  'Hiệu trưởng',
  'Hiệu phó',
  'Tỉnh ủy viên',
  'Huyện ủy viên',
  'Thành ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'TUV',
  'QUV',
  'HUV',
  'ĐUV',
  'Anh hùng',
  'Tổng',
  'Thượng',
  'Trung tướng',
  'Thiếu',
  'Đại tá',
  'Đại úy',
  'Đại biểu',
  'Tiến sĩ',
  'Tiến sỹ',
  'Giáo sư',
  'Thạc sĩ',
  'Kế toán',
  'Chỉ huy',
  'Người phát ngôn',
  'Thư ký',
  'Thủ tướng',
  'Đội trưởng',
  'Tổ trưởng',
  'Chi hội trưởng',
  'Trợ lý',
  'Giảng viên',
  'Phóng viên',
  'Học viên',
]
/** Role openings read in lower case too (`nguyên Bí thư`, `cán bộ Ban Tuyên giáo`). */
export const ROLE_OPENINGS_ANY_CASE: readonly string[] = ['nguyên', 'chuyên viên', 'cán bộ']

/**
 * Roles that may stand right before a name, with the senior military ranks: `Bộ trưởng Bộ
 * TT&TT Nguyễn Mạnh Hùng`, `Phó Chủ tịch UBND huyện Nguyễn Văn Hữu`. A role that holds one as a
 * word (`Phó Chủ tịch`, `Tổng Bí thư`) needs no row of its own.
 */
export const ROLES_BEFORE_NAMES: readonly string[] = [
  'Bí thư',
  // `Phó bí thư thường trực Huyện ủy Nguyễn Thị Hoài Thanh`: the second word of a role in lower case.
  'Phó bí thư',
  'Phó chủ tịch',
  'Chủ tịch',
  'Chủ nhiệm',
  'Giám đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Vụ trưởng',
  'Cục trưởng',
  'Hiệu trưởng',
  'Trưởng ban',
  'Trưởng Ban',
  'Phó Trưởng',
  'Phó trưởng',
  'Thủ tướng',
  'Tiến sĩ',
  'Tiến sỹ',
  'Giáo sư',
  'Thạc sĩ',
  'Chánh văn phòng',
  'Trưởng phòng',
  'Người phát ngôn',
]

/** Verbs of the report written after a name and its roles, which end the roles: `..., Bí thư Huyện ủy phát biểu`. */
export const ROLE_ENDS: readonly string[] = [
  'chủ trì',
  'phát biểu',
  'trình bày',
  'dự',
  'tham dự',
  'làm',
  'cho biết',
  'nhấn mạnh',
  'đề nghị',
  'khẳng định',
  'trao',
  'tặng',
  'quán triệt',
  'thông tin',
  'đã',
  'cùng',
  'có bài',
  'nêu',
  'lĩnh hội',
  'báo cáo',
  'yêu cầu',
  'chia sẻ',
  'cho rằng',
  'kết luận',
  'phát động',
  'điều hành',
  'giới thiệu',
  'hướng dẫn',
  'tiếp thu',
  'đánh giá',
  'ghi nhận',
  'chúc mừng',
  'bế mạc',
  'khai mạc',
  'được',
  'và các',
  'và đại diện',
  'cam kết',
  'nói',
]

/** Where a person stands in a photo, in brackets after the name: `(phải)`. It ends the roles too. */
export const PHOTO_POSITIONS: readonly string[] = ['phải', 'trái', 'giữa']

/**
 * Words of places and organisations, and of ideas named after people, that a capitalised run
 * after them belongs to: `Trường THCS Nguyễn Du`, `sông Thu Bồn`, `phong cách Hồ Chí Minh`.
 * These are read in lower case and capitalised; {@link NAMING_WORDS_AS_WRITTEN} only as written.
 */
export const NAMING_WORDS_ANY_CASE: readonly string[] = [
  'đường',
  'phố',
  'phường',
  'xã',
  'quận',
  'huyện',
  'thành phố',
  'làng',
  'cầu',
  'chợ',
  'khu',
  'nhà',
  'đền',
  'sông',
  'tỉnh',
]
export const NAMING_WORDS_AS_WRITTEN: readonly string[] = [
  'Trường',
  'THCS',
  'THPT',
  'Tiểu học',
  'TP',
  'Công ty',
  'Tổng công ty',
  'Bệnh viện',
  'Sân vận động',
  'Đại học',
  'Học viện',
  'Tượng đài',
  'Bác',
  'Đảng bộ',
  'Câu lạc bộ',
  'Quảng trường',
  'Lăng',
  'Chính trị',
  'cách',
  'tưởng',
  'núi',
  'đèo',
  'suối',
  'kênh',
  'đảo',
  'hồ',
  'ủy',
  'uỷ',
]

/**
 * Administrative units and party committees (in lower case), which end a role (`Phó Chủ tịch
 * UBND huyện Nguyễn Văn Hữu`) as often as they open a place (`huyện Thạch Hà`): after a role
 * and one of them, a name of three words or more is a person's.
 */
export const ADMINISTRATIVE_UNITS: readonly string[] = [
  'huyện',
  'xã',
  'tỉnh',
  'phường',
  'quận',
  'thị xã',
  'thị trấn',
  'thành phố',
  'ủy',
  'uỷ',
]
