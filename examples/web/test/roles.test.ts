import { describe, expect, it } from 'vitest'
import { rolesText, roleText } from '../src/roles.ts'

describe('roles as shown', () => {
  it.each([
    ['Bí thư Tỉnh đoàn,', 'Bí thư Tỉnh đoàn'],
    ['Phó Giám đốc Sở Nội vụ, ', 'Phó Giám đốc Sở Nội vụ'],
    ['chủ trì;', 'chủ trì'],
    ['Trưởng ban:', 'Trưởng ban'],
    ['Chủ tịch UBND tỉnh.', 'Chủ tịch UBND tỉnh'],
    [
      'Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm, Công an tỉnh,',
      'Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm, Công an tỉnh',
    ],
    ['Bí thư Chi bộ “Trong sạch”', 'Bí thư Chi bộ “Trong sạch”'],
    ['Bí thư Huyện ủy', 'Bí thư Huyện ủy'],
    [',', ''],
  ])('%j reads %j', (role, expected) => {
    expect(roleText(role)).toBe(expected)
  })

  it.each([
    [['Phó Bí thư Tỉnh đoàn,', 'chủ trì'], 'Phó Bí thư Tỉnh đoàn, chủ trì'],
    [['TS,', ',', 'Hiệu trưởng,'], 'TS, Hiệu trưởng'],
    [[], ''],
  ])('%j on one line reads %j', (roles, expected) => {
    expect(rolesText(roles)).toBe(expected)
  })
})
