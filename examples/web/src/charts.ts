import { h } from './dom.ts'
import { type Bar, HISTOGRAM_BOX } from './histogram.ts'
import { ARCHIPELAGOS, MAP_VIEW_BOX, type ShadedProvince } from './province-map.ts'

const SVG = 'http://www.w3.org/2000/svg'

type SvgChild = SVGElement | string | null

// An SVG element, as `h` builds HTML ones; text goes in as text.
function s(tag: string, attributes: Record<string, string>, ...children: SvgChild[]): SVGElement {
  const element = document.createElementNS(SVG, tag) as SVGElement
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  for (const child of children) {
    if (child === null) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

// A link inside SVG: focusable with the keyboard, named by its title for screen readers.
function svgLink(href: string, label: string, selected: boolean, ...shapes: (SVGElement | null)[]): SVGElement {
  const attributes: Record<string, string> = { href, 'aria-label': label }
  if (selected) attributes['aria-current'] = 'true'
  return s('a', attributes, s('title', {}, label), ...shapes)
}

// The counts as a table, for readers who cannot see the chart; folded away under the chart.
function countsTable(caption: string, head: string, rows: readonly { label: string; count: number; href: string }[]) {
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, `Bảng số liệu: ${caption.toLowerCase()}`),
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, head), h('th', { scope: 'col' }, 'Số sự kiện'))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h('tr', {}, h('th', { scope: 'row' }, h('a', { href: r.href }, r.label)), h('td', {}, String(r.count))),
        ),
      ),
    ),
  )
}

/**
 * A monthly histogram whose bars link to `hrefOf(month)`: a bar per month, the selected one
 * marked, the first and last month written under the axis, and the counts as a table too.
 */
export function histogramFigure(
  bars: readonly Bar[],
  hrefOf: (month: string) => string,
  selected?: string,
): HTMLElement {
  const caption = 'Số sự kiện theo tháng'
  if (bars.length === 0) return h('p', { class: 'meta histogram-empty' }, 'Chưa có sự kiện nào có ngày rõ đến tháng.')
  const { width, height } = HISTOGRAM_BOX
  const axis = 18
  const first = bars[0]!
  const last = bars.at(-1)!
  const svg = s(
    'svg',
    { viewBox: `0 -16 ${width} ${height + axis + 16}`, role: 'group', 'aria-label': caption, class: 'histogram-svg' },
    ...bars.map((b) =>
      svgLink(
        hrefOf(b.month),
        b.label,
        b.month === selected,
        // The hit area spans the whole column, so that a month with few events is easy to click.
        s('rect', { class: 'hit', x: String(b.x), y: '0', width: String(b.width), height: String(height) }),
        s('rect', { class: 'bar', x: String(b.x), y: String(b.y), width: String(b.width), height: String(b.height) }),
        // The count over its bar, where the bar is wide enough to carry it.
        b.count > 0 && b.width >= 14
          ? s(
              'text',
              { class: 'count', x: String(b.x + b.width / 2), y: String(b.y - 3), 'text-anchor': 'middle' },
              String(b.count),
            )
          : null,
      ),
    ),
    s('line', { class: 'axis', x1: '0', x2: String(width), y1: String(height), y2: String(height) }),
    s('text', { x: '0', y: String(height + axis - 4), class: 'tick' }, first.month.split('-').reverse().join('/')),
    bars.length > 1
      ? s(
          'text',
          {
            x: String(Math.max(last.x + last.width, 100)),
            y: String(height + axis - 4),
            class: 'tick',
            'text-anchor': 'end',
          },
          last.month.split('-').reverse().join('/'),
        )
      : null,
  )
  return h(
    'figure',
    { class: 'histogram' },
    h('figcaption', {}, caption),
    svg as unknown as HTMLElement,
    countsTable(
      caption,
      'Tháng',
      bars.map((b) => ({ label: b.label.split(':')[0]!, count: b.count, href: hrefOf(b.month) })),
    ),
  )
}

/**
 * The map of the 34 provinces shaded by count, each linking to `hrefOf(code)`, with a legend and
 * the counts as a table too. Hoàng Sa and Trường Sa are drawn as dots in the colour and link of
 * Đà Nẵng and Khánh Hòa.
 */
export function provinceMapFigure(
  provinces: readonly ShadedProvince[],
  hrefOf: (code: string) => string,
  caption: string,
  selected?: string,
): HTMLElement {
  const byCode = new Map(provinces.map((p) => [p.code, p]))
  const svg = s(
    'svg',
    { viewBox: MAP_VIEW_BOX, role: 'group', 'aria-label': caption, class: 'province-map-svg' },
    ...provinces.map((p) =>
      svgLink(hrefOf(p.code), p.label, p.code === selected, s('path', { d: p.d, class: `shape shade-${p.step}` })),
    ),
    ...ARCHIPELAGOS.map((a) => {
      const p = byCode.get(a.code)
      const step = p?.step ?? 0
      const label = `${a.name} (${p?.name ?? a.code}): ${p?.label.split(': ')[1] ?? ''}`
      const [lx, ly] = a.dots[0]!
      return svgLink(
        hrefOf(a.code),
        label,
        a.code === selected,
        ...a.dots.map(([x, y]) => s('circle', { cx: String(x), cy: String(y), r: '5', class: `shape shade-${step}` })),
        s('text', { x: String(lx - 40), y: String(ly - 22), class: 'map-label' }, a.name.replace('Quần đảo', 'QĐ.')),
      )
    }),
  )
  const max = Math.max(0, ...provinces.map((p) => p.count))
  return h(
    'figure',
    { class: 'province-map' },
    h('figcaption', {}, caption),
    svg as unknown as HTMLElement,
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'swatch shade-0' }),
      ' chưa có ',
      h('span', { class: 'swatch shade-1' }),
      ' ít ',
      h('span', { class: 'swatch shade-5' }),
      ` nhiều nhất (${max})`,
    ),
    countsTable(
      caption,
      'Tỉnh, thành phố',
      [...provinces]
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'))
        .map((p) => ({ label: p.name, count: p.count, href: hrefOf(p.code) })),
    ),
  )
}
