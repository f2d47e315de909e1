import { describe, expect, it } from 'vitest'
import { findPeople } from '../src/people.ts'
import { TITLE } from '../src/rules/expressions.ts'
import { TITLE_ABBREVIATIONS, TITLE_HINT, TITLES } from '../src/rules/people-words.ts'
import { piece } from './piece.ts'

const names = (text: string) => findPeople([piece(text)]).map((p) => p.name)

describe('findPeople: names with their roles', () => {
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
})

describe('findPeople: who is named', () => {
  it.each([
    {
      reading: 'places and ideas named after people are not people',
      text: 'Học sinh Trường THCS Nguyễn Du học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
      names: [],
    },
    {
      reading: 'a name beside a character outside the basic plane',
      text: 'Dự có đồng chí Lê Văn Tám😀, Bí thư Chi bộ.',
      names: ['Lê Văn Tám'],
    },
    {
      // A mathematical capital is not a Vietnamese letter.
      reading: 'a name starts at the word after a mathematical capital',
      text: 'Dự có đồng chí 𝐋ê Văn Tám, Bí thư Chi bộ.',
      names: ['Văn Tám'],
    },
    {
      reading: 'a name starts after the place that ends a role',
      text: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Lục Nam Vi Thị Hằng cho biết, việc áp dụng còn khó.',
      names: ['Vi Thị Hằng'],
    },
    {
      reading: 'a role ending in a unit cues the name after it',
      text: 'Phó Chủ tịch UBND huyện Nguyễn Văn Hữu chủ trì hội nghị.',
      names: ['Nguyễn Văn Hữu'],
    },
    {
      reading: 'a role ending in a province cues the name after it',
      text: 'Phó Chủ tịch UBND tỉnh Nguyễn Văn Hữu chủ trì.',
      names: ['Nguyễn Văn Hữu'],
    },
    {
      reading: 'schools named after people are not people',
      text: 'Dự có TS. Hoàng Thị Hương Lan, Hiệu trưởng Trường Chính trị Nguyễn Chí Thanh và đồng chí Nguyễn Quang Vĩnh, Phó Trưởng ban.',
      names: ['Hoàng Thị Hương Lan', 'Nguyễn Quang Vĩnh'],
    },
    {
      reading: 'rivers named after people are not people',
      text: 'Ông Trần Minh Quang, Trưởng phòng Nông nghiệp huyện cho biết, hơn 2.300 hộ dân sống ven sông Thu Bồn, sông Bà Rén.',
      names: ['Trần Minh Quang'],
    },
    {
      reading: 'a repeated family name is dropped',
      text: 'Đồng chí Phạm Phạm Văn Hòa, Bí thư Đảng ủy xã phát biểu.',
      names: ['Phạm Văn Hòa'],
    },
    {
      reading: 'two words after a committee that ends a role are a place',
      text: 'Phó Trưởng Ban Tuyên giáo Thành ủy Hà Nội cho biết, thành phố đã có 120 tổ.',
      names: [],
    },
    {
      reading: 'three words after a committee that ends a role are a person',
      text: 'Báo cáo tại hội nghị, Trưởng Ban Tổ chức Tỉnh ủy Phạm Đức Mạnh cho biết.',
      names: ['Phạm Đức Mạnh'],
    },
    {
      reading: 'a name ending in ông is no honorific',
      text: 'Giảng viên là chuyên gia của Sở Khoa học và Công nghệ và Viễn thông Cà Mau.',
      names: [],
    },
    {
      reading: 'an organisation after a cue is no person',
      text: 'Chào mừng Đại hội đại biểu Hội Nông dân tỉnh và Đại hội Hội Cựu chiến binh Việt Nam lần thứ VI.',
      names: [],
    },
    {
      reading: 'the country and a centrally-run city after a cue are places',
      text: 'Dự có các cựu chiến binh Việt Nam và đại biểu Hà Nội.',
      names: [],
    },
    {
      reading: 'a person whose family name is also a word of places, and a province named as a person',
      text: 'Dự có bà Hà Thị Mai và chị Hà Giang, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã.',
      names: ['Hà Thị Mai', 'Hà Giang'],
    },
    {
      reading: 'a place named like a person opens the run before a name',
      text: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội Nguyễn Lan Hương chủ trì hội nghị.',
      names: ['Nguyễn Lan Hương'],
    },
    {
      reading: 'a role of several words written with no comma after the name',
      text: 'Đồng chí Phùng Xuân Nhạ Bí thư Đảng ủy nhà trường phát biểu.',
      names: ['Phùng Xuân Nhạ'],
    },
    {
      reading: 'a given name that is also a role of one word',
      text: 'Dự có đồng chí Nguyễn Văn Chánh, Bí thư Chi bộ.',
      names: ['Nguyễn Văn Chánh'],
    },
    {
      reading: 'the family name Ông after an honorific',
      text: 'Dự có đồng chí Ông Thị Ngọc Linh – Ủy viên Ban Chấp hành Trung ương Đoàn.',
      names: ['Ông Thị Ngọc Linh'],
    },
    {
      reading: 'Ông opening a sentence is the honorific',
      text: 'Ông Trần Văn Hòa, Bí thư Chi bộ cho biết.',
      names: ['Trần Văn Hòa'],
    },
    {
      reading: 'a list of names after a plural honorific',
      text: 'Phó chủ tịch gồm các bà: Lê Thị Xuyến, Nguyễn Thị Được, Hà Giang và Nguyễn Thị Thanh.',
      names: ['Lê Thị Xuyến', 'Nguyễn Thị Được', 'Hà Giang', 'Nguyễn Thị Thanh'],
    },
    {
      reading: 'a list after a plural honorific ends where other words come between',
      text: 'Dự có các đồng chí: Lê Văn Tám, Trần Văn Hai; tại điểm cầu Hà Tĩnh, Nguyễn Văn Ba.',
      names: ['Lê Văn Tám', 'Trần Văn Hai'],
    },
    {
      reading: 'places listed after a plural of another word are no people',
      text: 'Tham dự có các xã: Hoàng Diệu, Hợp Đồng, Đồng Phú.',
      names: [],
    },
    {
      reading: 'a role before the name with its second word in lower case',
      text: 'Phó bí thư thường trực Huyện ủy Nguyễn Thị Hoài Thanh chủ trì hội nghị; Phó chủ tịch UBND xã Lê Văn Tám phát biểu.',
      names: ['Nguyễn Thị Hoài Thanh', 'Lê Văn Tám'],
    },
    {
      reading: 'two words after a committee that ends a role in lower case are a place',
      text: 'Phó bí thư Tỉnh ủy Hà Giang cho biết, tỉnh đã có 120 tổ.',
      names: [],
    },
    {
      reading: 'names joined by an apostrophe',
      text: 'Dự có chị Siu H’Mai, Phó Bí thư Tỉnh đoàn Gia Lai.',
      names: ['Siu H’Mai'],
    },
  ])('$reading: $text', ({ text, names: expected }) => {
    expect(names(text)).toEqual(expected)
  })
})

// A title the hint misses would never be read before a name.
describe('the titles of rules/people-words.ts', () => {
  it.each([...TITLES, ...TITLE_ABBREVIATIONS])('%s is a title, and holds a piece of the hint', (title) => {
    expect(TITLE.test(title)).toBe(true)
    expect(TITLE_HINT.test(title)).toBe(true)
  })
})
