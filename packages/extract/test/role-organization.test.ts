import { describe, expect, it } from 'vitest'
import { roleOrganization } from '../src/index.ts'

describe('roleOrganization', () => {
  it.each([
    { role: 'Bí thư Huyện ủy Cẩm Giàng', organisation: 'huyen uy cam giang' },
    { role: 'Bí thư Huyện uỷ Cẩm Giàng, Chủ tịch HĐND huyện', organisation: 'huyen uy cam giang' },
    { role: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An,', organisation: 'ban tuyen giao tinh uy nghe an' },
    { role: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', organisation: 'uy ban kiem tra huyen uy' },
    { role: 'Phó Giám đốc Sở Tư pháp', organisation: 'so tu phap' },
    { role: 'Tỉnh ủy viên', organisation: 'tinh uy' },
    { role: 'Bộ trưởng Bộ Công an', organisation: 'bo cong an' },
    { role: 'Vụ trưởng Vụ Địa phương I', organisation: 'vu dia phuong i' },
    { role: 'Thủ tướng Chính phủ', organisation: 'chinh phu' },
    { role: 'Thượng tá', organisation: null },
    { role: 'ThS', organisation: null },
    { role: 'HUV', organisation: null },
  ])('$role -> $organisation', ({ role, organisation }) => {
    expect(roleOrganization(role)).toBe(organisation)
  })
})
