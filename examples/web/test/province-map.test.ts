import { PROVINCES } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { shadeProvinces, shadeStep } from '../src/province-map.ts'
import { PROVINCE_MAP } from '../src/province-map-data.ts'

describe('the shipped province map', () => {
  it('has one outline for each of the 34 units, by code, and nothing else', () => {
    expect(PROVINCE_MAP.shapes.map((s) => s.code)).toEqual(PROVINCES.map((p) => p.code))
    for (const shape of PROVINCE_MAP.shapes) expect(shape.d).toMatch(/^M[\d .LMZ-]+Z$/)
  })
})

describe('shadeStep', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [2, 10, 1],
    [3, 10, 2],
    [10, 10, 5],
    [1, 1, 5],
    [5, 0, 0],
    [-1, 10, 0],
  ])('%i of at most %i is step %i', (count, max, step) => {
    expect(shadeStep(count, max)).toBe(step)
  })
})

describe('shadeProvinces', () => {
  const map = {
    viewBox: '0 0 10 10',
    shapes: [
      { code: '01', d: 'M0 0L1 0L1 1Z' },
      { code: '79', d: 'M2 2L3 2L3 3Z' },
      { code: '96', d: 'M4 4L5 4L5 5Z' },
    ],
  }
  it.each([
    [
      'counts joined by code; a province the counts leave out has 0 and its code for a name',
      [
        { province: { code: '79', name: 'Hồ Chí Minh' }, count: 4 },
        { province: { code: '01', name: 'Hà Nội' }, count: 1 },
      ],
      [
        { code: '01', name: 'Hà Nội', count: 1, step: 2, label: 'Hà Nội: 1 sự kiện' },
        { code: '79', name: 'Hồ Chí Minh', count: 4, step: 5, label: 'Hồ Chí Minh: 4 sự kiện' },
        { code: '96', name: '96', count: 0, step: 0, label: '96: chưa có sự kiện' },
      ],
    ],
    [
      'all zero: all unshaded',
      [{ province: { code: '96', name: 'Cà Mau' }, count: 0 }],
      [
        { code: '01', name: '01', count: 0, step: 0, label: '01: chưa có sự kiện' },
        { code: '79', name: '79', count: 0, step: 0, label: '79: chưa có sự kiện' },
        { code: '96', name: 'Cà Mau', count: 0, step: 0, label: 'Cà Mau: chưa có sự kiện' },
      ],
    ],
  ])('%s', (_, counts, expected) => {
    expect(shadeProvinces(counts, map).map(({ d: _d, ...rest }) => rest)).toEqual(expected)
  })

  it('refuses a count for a code the map has no outline for', () => {
    expect(() => shadeProvinces([{ province: { code: '63', name: 'x' }, count: 1 }], map)).toThrow(
      /no outline for province 63/,
    )
  })
})
