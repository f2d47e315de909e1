import {
  communeProvince,
  districtProvince,
  findProvinces,
  formerCommuneProvince,
  type NearCode,
  type ProvinceResolution,
} from '@vanban/core'

/**
 * An event's name often names the unit whose event it is: a congress (`Đại hội đại biểu Đảng bộ
 * tỉnh Nghệ An lần thứ XIX`), a session (`Kỳ họp thứ 18 HĐND huyện Phú Lộc`), a contest (`Hội thi
 * Bí thư chi bộ giỏi huyện Yên Thành năm 2024`), a review (`Hội nghị tổng kết công tác Mặt trận
 * năm 2024 huyện Nam Đàn`): it is held in that unit's province. Only the name's own words are read,
 * up to its topic (`về ...`, `thực hiện ...`, a document's name, a quoted theme: `Hội nghị ...
 * Nghị quyết về phát triển tỉnh Nghệ An` is about the province, not held there), and only a name
 * that places one province (`hợp tác giữa tỉnh A và tỉnh B` places none).
 */

// Where an event's name turns to its topic: what it is about, the document it carries out, what it
// makes known (`Hội nghị phổ biến, tuyên truyền kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung
// ương`, `Hội nghị thông báo nhanh kết quả ...`: a local meeting about a central one), its theme.
const TOPIC =
  /\s(?:về|thực hiện|triển khai|quán triệt|học tập|hướng dẫn|phổ biến|tuyên truyền|thông báo|kết quả|với chủ đề|chủ đề|giữa|với)[\s,]|\s(?:Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Luật|Nghị định|Đề án|Kế hoạch|Chương trình|Chiến lược)(?![\p{L}])|[“"(:]/u

/** The name's own words, before its topic. */
export function eventNamePart(title: string): string {
  const m = TOPIC.exec(title)
  return m === null ? title : title.slice(0, m.index)
}

/**
 * The one province an event's name places (see the module's comment), after a unit word (`tỉnh`,
 * `huyện`, `xã` since July 2025, a committee: `Tỉnh ủy`), read at a date, a district name several
 * provinces share only `near` one of them; null when it names none or several.
 */
export function eventNameProvince(
  title: string,
  date: string | null,
  near: NearCode = null,
): ProvinceResolution | null {
  const name = eventNamePart(title)
  const provinces = findProvinces(name, { date }).map((m) => m.province)
  const local =
    districtProvince(name, { date, near }) ??
    communeProvince(name, { date, near }) ??
    formerCommuneProvince(name, { date, near })
  if (local !== null) provinces.push(local)
  const codes = new Set(provinces.map((p) => p.today.code))
  return codes.size === 1 ? provinces[0]! : null
}
