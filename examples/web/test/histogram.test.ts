import { describe, expect, it } from 'vitest'
import { eventCountVi, type HistogramBox, histogramBars, monthSeries } from '../src/histogram.ts'

describe('monthSeries', () => {
  it.each([
    ['no buckets', [], []],
    ['one month', [{ key: ['2023-12'], count: 3 }], [{ month: '2023-12', count: 3 }]],
    [
      'a gap filled with 0, across a year, in order whatever the buckets’ order',
      [
        { key: ['2024-02'], count: 1 },
        { key: ['2023-11'], count: 2 },
      ],
      [
        { month: '2023-11', count: 2 },
        { month: '2023-12', count: 0 },
        { month: '2024-01', count: 0 },
        { month: '2024-02', count: 1 },
      ],
    ],
    [
      'keys that are no month left out',
      [
        { key: ['2023-Q4'], count: 5 },
        { key: [], count: 1 },
        { key: ['2023-10'], count: 1 },
      ],
      [{ month: '2023-10', count: 1 }],
    ],
  ])('%s', (_, buckets, expected) => {
    expect(monthSeries(buckets)).toEqual(expected)
  })
})

describe('histogramBars', () => {
  const box: HistogramBox = { width: 100, height: 50, gap: 2, maxSlot: 40 }
  it.each([
    ['nothing for no months', [], []],
    [
      'the largest count reaches the top, a zero month has no height, slots at most maxSlot wide',
      [
        { month: '2023-11', count: 4 },
        { month: '2023-12', count: 0 },
        { month: '2024-01', count: 2 },
      ],
      [
        { month: '2023-11', label: 'tháng 11/2023: 4 sự kiện', count: 4, x: 0, y: 0, width: 31.33, height: 50 },
        {
          month: '2023-12',
          label: 'tháng 12/2023: chưa có sự kiện',
          count: 0,
          x: 33.33,
          y: 50,
          width: 31.33,
          height: 0,
        },
        { month: '2024-01', label: 'tháng 1/2024: 2 sự kiện', count: 2, x: 66.67, y: 25, width: 31.33, height: 25 },
      ],
    ],
    [
      'one month: one bar of the widest slot, not the whole box',
      [{ month: '2023-10', count: 1 }],
      [{ month: '2023-10', label: 'tháng 10/2023: 1 sự kiện', count: 1, x: 0, y: 0, width: 38, height: 50 }],
    ],
  ])('%s', (_, series, expected) => {
    expect(histogramBars(series, box)).toEqual(expected)
  })
})

describe('eventCountVi', () => {
  it.each([
    [0, 'chưa có sự kiện'],
    [1, '1 sự kiện'],
    [12, '12 sự kiện'],
  ])('%i reads %s', (count, text) => {
    expect(eventCountVi(count)).toBe(text)
  })
})
