import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'

// The relations an article of one sentence states, as `from type to`.
const relationsOf = (sentence: string) =>
  extractArticle(
    ['Tin về văn bản chỉ đạo của tỉnh', '', '12/12/2024', '', sentence, '', 'Thanh Trà'].join('\n'),
  ).relations.map((r) => `${r.from} ${r.type} ${r.to}`)

describe('findRelations', () => {
  it.each([
    {
      reading: 'triển khai thi hành is implementing',
      sentence:
        'Sở triển khai Chỉ thị số 12/CT-UBND ngày 05/7/2023 của Chủ tịch UBND tỉnh về triển khai thi hành Nghị định 13/2023/NĐ-CP.',
      relations: ['12/CT-UBND implements 13/2023/NĐ-CP'],
    },
    {
      reading: 'a second object joined by và takes the relation of the first',
      sentence:
        'Quy định số 69-QĐ/TW thay thế Quy định số 07-QĐi/TW của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm và Quy định số 102-QĐ/TW ngày 15/11/2017.',
      relations: ['69-QĐ/TW replaces 07-QĐi/TW', '69-QĐ/TW replaces 102-QĐ/TW'],
    },
    {
      reading: 'amending the rules issued with a decision is amending the decision',
      sentence:
        'UBND tỉnh ban hành Quyết định số 31/2024/QĐ-UBND ngày 15/8/2024 của UBND tỉnh sửa đổi, bổ sung một số điều của Quy định phân cấp quản lý đê điều ban hành kèm theo Quyết định số 12/2021/QĐ-UBND.',
      relations: ['31/2024/QĐ-UBND amends 12/2021/QĐ-UBND'],
    },
    {
      reading: 'a later short form is the directive an earlier one implied',
      sentence:
        'Hội nghị quán triệt Chỉ thị số 21 của Ban Bí thư và Chương trình hành động số 15-CTr/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị 21.',
      relations: ['15-CTr/HU implements 21-CT/TW'],
    },
    {
      reading: 'type letters stand for the type name (NQ 57)',
      sentence:
        'Đoàn viên học tập Nghị quyết 57-NQ/TW và Kế hoạch số 36-KH/HU của Ban Thường vụ Huyện ủy thực hiện NQ 57.',
      relations: ['36-KH/HU implements 57-NQ/TW'],
    },
    {
      reading: 'activities listed before thực hiện are implementing',
      sentence:
        'Thực hiện Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy về việc tổ chức học tập, quán triệt và triển khai thực hiện Quy định 144-QĐ/TW của Bộ Chính trị.',
      relations: ['112-KH/HU implements 144-QĐ/TW'],
    },
    {
      reading: 'a second subject with a relation of its own is no second object',
      sentence:
        'Chương trình hành động số 28-CTr/TU thực hiện Nghị quyết 57-NQ/TW và Kế hoạch số 45/KH-UBND thực hiện Nghị quyết số 03/NQ-CP của Chính phủ.',
      relations: ['28-CTr/TU implements 57-NQ/TW', '45/KH-UBND implements 03/NQ-CP'],
    },
    {
      reading: 'a plan issued to implement a directive named before it implements it',
      sentence:
        'Thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 27-CTr/TU ngày 18/12/2017.',
      relations: ['27-CTr/TU implements 18-NQ/TW'],
    },
    {
      reading: 'về thực hiện from a plan is implementing',
      sentence:
        'Thực hiện Kế hoạch số 65-KH/ĐĐ ngày 12/3/2024 của Đảng đoàn Hội Cựu chiến binh tỉnh về thực hiện Chỉ thị 05-CT/TW năm 2024, các cấp Hội đã xây dựng mô hình.',
      relations: ['65-KH/ĐĐ implements 05-CT/TW'],
    },
    {
      reading: 'the term of the first issuer is no word of the relation',
      sentence:
        'Triển khai Kết luận số 84-KL/TW ngày 21/6/2024 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị khóa X.',
      relations: ['84-KL/TW implements 23-NQ/TW'],
    },
    {
      reading: 'a second object named with its title keeps the relation beside its own',
      sentence:
        'Ban hành Kết luận 156-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về phát triển văn hóa và Kết luận 76-KL/TW của Bộ Chính trị khóa XII về tiếp tục thực hiện Nghị quyết 33-NQ/TW.',
      relations: ['156-KL/TW implements 33-NQ/TW', '156-KL/TW implements 76-KL/TW', '76-KL/TW implements 33-NQ/TW'],
    },
    {
      reading: 'nghiên cứu is an activity listed before thực hiện',
      sentence:
        'Đảng ủy ban hành Kế hoạch số 44-KH/ĐU về tổ chức nghiên cứu, học tập, quán triệt, thực hiện Nghị quyết số 18-NQ/TW.',
      relations: ['44-KH/ĐU implements 18-NQ/TW'],
    },
    {
      reading: 'a plan issued after an opening that lists several directives implements each',
      sentence:
        'Năm 2011, thực hiện Nghị quyết số 145-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới; Kế hoạch số 15-KH/BDVTU về mô hình “Dân vận khéo” tại 40 xã điểm, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 34-KH/HU về việc xây dựng mô hình.',
      relations: ['34-KH/HU implements 145-NQ/TU', '34-KH/HU implements 15-KH/BDVTU'],
    },
    {
      reading: 'a sentence that only names what is implemented, then the body issuing the plan',
      sentence:
        'Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về tổ chức học tập.',
      relations: ['44-KH/ĐU implements 78-KH/HU'],
    },
    {
      reading: 'the year a code is cited with is no word of the relation; thực hiện một số điều trong guides',
      sentence:
        'Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn 05-HD/UBKTTW năm 2022 thực hiện một số điều trong Quy định 69-QĐ/TW về kỷ luật đảng viên.',
      relations: ['05-HD/UBKTTW guides 69-QĐ/TW'],
    },
    {
      reading: 'a document that takes effect and replaces two, the second joined by và',
      sentence:
        'Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật. Quy định có hiệu lực kể từ ngày 06/7/2022 và thay thế Quy định số 07-QĐi/TW ngày 28/8/2018 của Bộ Chính trị khóa XII về xử lý kỷ luật tổ chức đảng vi phạm và Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị.',
      relations: ['69-QĐ/TW replaces 07-QĐi/TW', '69-QĐ/TW replaces 102-QĐ/TW'],
    },
    {
      reading: 'a ministry issues a letter to carry out an official dispatch',
      sentence:
        'Thực hiện Công điện số 1099/CĐ-TTg ngày 22/8/2021 của Thủ tướng Chính phủ, Bộ Thông tin và Truyền thông đã ban hành văn bản số 5120/BTTTT-CBC hướng dẫn các cơ quan báo chí.',
      relations: ['5120/BTTTT-CBC implements 1099/CĐ-TTg'],
    },
    {
      reading: 'the manner of carrying out (thực hiện có hiệu quả) is a word of the verb',
      sentence:
        'Kết luận số 45-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh, thực hiện có hiệu quả Chỉ thị số 18-CT/TW về an toàn giao thông.',
      relations: ['45-KL/TW implements 18-CT/TW'],
    },
    {
      reading: 'thực hiện nghiêm in an opening, then the body issuing a plan',
      sentence:
        'Thực hiện nghiêm Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử, Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch số 391-KH/TU.',
      relations: ['391-KH/TU implements 45-CT/TW'],
    },
    {
      reading: 'counter: thực hiện and an object other than the directive is no relation',
      sentence:
        'Kết luận số 45-KL/TW của Ban Bí thư yêu cầu thực hiện tốt nhiệm vụ năm 2024 và Chỉ thị số 18-CT/TW về an toàn giao thông.',
      relations: [],
    },
    {
      reading: 'a second conclusion about another directive is a second subject, not a second object',
      sentence:
        'Hội nghị quán triệt Kết luận số 44-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW về phong trào bảo vệ an ninh Tổ quốc và Kết luận số 45-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 18-CT/TW về an toàn giao thông.',
      relations: ['44-KL/TW implements 09-CT/TW', '45-KL/TW implements 18-CT/TW'],
    },
    {
      reading: 'a circular guiding some provisions of a decree (hướng dẫn thi hành một số quy định của)',
      sentence:
        'Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.',
      relations: ['01/2018/TT-VPCP guides 61/2018/NĐ-CP'],
    },
    {
      reading: 'quy định chi tiết và hướng dẫn thi hành một số điều của guides',
      sentence:
        'Bộ ban hành Thông tư số 10/2020/TT-BNV quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 90/2020/NĐ-CP về đánh giá cán bộ.',
      relations: ['10/2020/TT-BNV guides 90/2020/NĐ-CP'],
    },
    {
      reading: 'counter: a guide of an activity that names a directive later is no guide of it',
      sentence:
        'Sở ban hành Công văn số 150/SNV-TCBC hướng dẫn thi hành công tác kiểm tra theo Nghị định số 90/2020/NĐ-CP.',
      relations: [],
    },
    {
      reading: 'a sentence naming what is implemented with their titles, then the body issuing a plan',
      sentence:
        'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, Kế hoạch số 221-KH/QU ngày 12/11/2019 của Ban Thường vụ Quận ủy về tổ chức Đại hội Đảng bộ Quận lần thứ XII (nhiệm kỳ 2020-2025). Đảng ủy cơ quan đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25/12/2019 tổ chức đại hội.',
      relations: ['65-KH/ĐU implements 35-CT/TW', '65-KH/ĐU implements 221-KH/QU'],
    },
    {
      reading: 'counter: a sentence whose clause follows the title is no opening for the next',
      sentence:
        'Thực hiện Kế hoạch số 221-KH/QU ngày 12/11/2019 của Ban Thường vụ Quận ủy về tổ chức đại hội, Đảng ủy đã họp bàn. Đảng ủy cơ quan đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25/12/2019.',
      relations: [],
    },
    {
      reading: 'để triển khai thực hiện between a plan and what it carries out',
      sentence:
        'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU để triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      relations: ['12-KH/HU implements 57-NQ/TW'],
    },
    {
      reading: 'an opening with Để triển khai thực hiện, then the body issuing a plan',
      sentence:
        'Để triển khai thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 210-KH/TU.',
      relations: ['210-KH/TU implements 35-CT/TW'],
    },
    {
      reading: 'an opening that names the directive cited before by its type, then bodies issuing documents',
      sentence:
        'Ban Bí thư đã ban hành Chỉ thị số 12-CT/TW ngày 3/4/2022 về công tác bầu cử. Triển khai Chỉ thị của Ban Bí thư, Tỉnh ủy Phú Thọ đã ban hành Kế hoạch số 45-KH/TU về bầu cử, Huyện ủy Lâm Thao cũng đã ban hành Hướng dẫn số 77-HD/HU và tổ chức hội nghị.',
      relations: ['45-KH/TU implements 12-CT/TW', '77-HD/HU implements 12-CT/TW'],
    },
    {
      reading: 'counter: an opening that names another type than the directive cited before',
      sentence:
        'Ban Bí thư đã ban hành Chỉ thị số 12-CT/TW ngày 3/4/2022 về công tác bầu cử. Triển khai Nghị quyết của Tỉnh ủy, Huyện ủy Lâm Thao đã ban hành Hướng dẫn số 77-HD/HU.',
      relations: [],
    },
    {
      reading: 'counter: an opening that names another body than the directive cited before has',
      sentence:
        'Ban Bí thư đã ban hành Chỉ thị số 12-CT/TW ngày 3/4/2022 về công tác bầu cử. Triển khai Chỉ thị của Ủy ban nhân dân tỉnh, Huyện ủy Lâm Thao đã ban hành Hướng dẫn số 77-HD/HU.',
      relations: [],
    },
    {
      reading: 'counter: a document only named after the opening, not issued, carries out nothing',
      sentence:
        'Ban Bí thư đã ban hành Chỉ thị số 12-CT/TW ngày 3/4/2022 về công tác bầu cử. Triển khai Chỉ thị này, Huyện ủy Lâm Thao tổ chức hội nghị theo Hướng dẫn số 77-HD/HU.',
      relations: [],
    },
    {
      reading: 'the passive after the first’s title with no bracket, marked done by đã',
      sentence: 'Quyết định 25/QĐ-UBND quy định giá đất năm 2015 đã được thay thế bởi Quyết định 312/QĐ-UBND.',
      relations: ['312/QĐ-UBND replaces 25/QĐ-UBND'],
    },
    {
      reading: 'counter: a passive past a comma after the first is another clause',
      sentence:
        'UBND tỉnh ban hành Quyết định 25/QĐ-UBND về giá đất, nhiều quy định khác đã được thay thế bởi Quyết định 312/QĐ-UBND.',
      relations: [],
    },
    {
      reading: 'a directive made concrete by a plan, in the passive, who made it so between',
      sentence:
        'Nghị quyết số 18-NQ/TW đã được Ban Thường vụ Tỉnh ủy cụ thể hoá bằng Kế hoạch số 45-KH/TU ngày 12/3/2018.',
      relations: ['45-KH/TU implements 18-NQ/TW'],
    },
    {
      reading: 'counter: để and an activity that is not carrying out names no relation',
      sentence:
        'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU để kiểm tra việc chấp hành Nghị quyết số 57-NQ/TW.',
      relations: [],
    },
    {
      reading: 'counter: the passive of a directive only told of (được phổ biến qua) is no carrying out',
      sentence: 'Nghị quyết số 18-NQ/TW đã được phổ biến qua Công văn số 45-CV/TU ngày 12/3/2018.',
      relations: [],
    },
    {
      reading: 'thay thế after the first’s title, its coming out or its taking effect, or in brackets',
      sentence:
        'Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm, thay thế Quy định số 102-QĐ/TW ngày 15/11/2017. Nghị định số 15/2020/NĐ-CP có hiệu lực từ ngày 15/4/2020, thay thế Nghị định số 174/2013/NĐ-CP. Quy định số 22-QĐ/TW ra đời thay thế Quy định số 30-QĐ/TW. Quy định 24-QĐ/TW (thay thế Quy định 29-QĐ/TW) có hiệu lực từ ngày ký.',
      relations: [
        '69-QĐ/TW replaces 102-QĐ/TW',
        '15/2020/NĐ-CP replaces 174/2013/NĐ-CP',
        '22-QĐ/TW replaces 30-QĐ/TW',
        '24-QĐ/TW replaces 29-QĐ/TW',
      ],
    },
    {
      reading: 'counter: thay thế of something else after a list, or past a semicolon, replaces no directive',
      sentence:
        'Hội nghị quán triệt Quy định số 69-QĐ/TW về kỷ luật, Chỉ thị số 35-CT/TW về đại hội, thay thế cán bộ theo Quy định số 102-QĐ/TW. Quy định số 24-QĐ/TW về thi hành Điều lệ; thay thế Quy định số 29-QĐ/TW.',
      relations: [],
    },
    {
      reading: 'a list of objects after one verb, closed by và before its last item, with titles',
      sentence:
        'Tỉnh ủy ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 18-NQ/TW về tinh gọn bộ máy, Nghị quyết số 19-NQ/TW về đơn vị sự nghiệp và Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.',
      relations: ['45-KH/TU implements 18-NQ/TW', '45-KH/TU implements 19-NQ/TW', '45-KH/TU implements 21-KL/TW'],
    },
    {
      reading: 'counter: an open run of commas is no list of objects',
      sentence:
        'Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 18-NQ/TW về tinh gọn bộ máy, Nghị quyết số 19-NQ/TW về đơn vị sự nghiệp đã được sơ kết.',
      relations: ['45-KH/TU implements 18-NQ/TW'],
    },
    {
      reading: 'the passive in brackets after the first’s title, by tại or bằng',
      sentence:
        'Căn cứ Nghị định số 123/2016/NĐ-CP ngày 01/9/2016 của Chính phủ quy định chức năng, nhiệm vụ (được sửa đổi, bổ sung bởi Nghị định số 101/2020/NĐ-CP ngày 28/8/2020); Nghị định số 15/2020/NĐ-CP đã được sửa đổi, bổ sung tại Nghị định số 14/2022/NĐ-CP; Chỉ thị số 21/CT-UBND đã được thay thế bằng Chỉ thị số 09/CT-UBND.',
      relations: [
        '101/2020/NĐ-CP amends 123/2016/NĐ-CP',
        '14/2022/NĐ-CP amends 15/2020/NĐ-CP',
        '09/CT-UBND replaces 21/CT-UBND',
      ],
    },
    {
      reading:
        'counter: the passive past a semicolon, or of a subject named in words, amends no directive named before',
      sentence:
        'Căn cứ Nghị định số 123/2016/NĐ-CP của Chính phủ; Quy chế làm việc được sửa đổi, bổ sung tại Quyết định số 12/2021/QĐ-UBND.',
      relations: [],
    },
    {
      reading: 'a sentence naming a directive is no opening when the next issues nothing',
      sentence: 'Thực hiện Kế hoạch số 78-KH/HU. Đảng ủy xã đã họp về Kế hoạch số 44-KH/ĐU.',
      relations: [],
    },
  ])('$reading', ({ sentence, relations }) => {
    expect(relationsOf(sentence)).toEqual(relations)
  })

  it('reads a directive said to be issued, with no body named, and the one it replaces', () => {
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
