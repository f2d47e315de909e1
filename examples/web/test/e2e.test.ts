import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningWeb, sampleArticlesDir, startWeb } from '../server/start.ts'
import { SEARCH_PAGE_SIZE } from '../src/search-results.ts'

const CHROMIUM = '/usr/bin/chromium'
const root = fileURLToPath(new URL('..', import.meta.url))
/** Screenshots of the pages the test walks through; gitignored, kept for a person to look at. */
const screenshots = join(root, '.screenshots')
/** Screenshots of the chart pages, committed as the README's pictures of them. */
const committedScreenshots = join(root, 'screenshots')

// Every sample article, as `pnpm start` loads them: among them four that cite Nghị quyết 35-NQ/TW
// (f03, f08, f15, f33; f33 also states that 68-KH/TU implements it), and enough records that a
// common word's search hits fill more than one page.
const SAMPLES = readdirSync(sampleArticlesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(sampleArticlesDir, name))

// Debian's Chromium as root in a container: no sandbox, no GPU, nothing fetched in the background.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

describe('the web app, built and served beside a gateway on PGlite with sample articles', () => {
  let tmp: string
  let web: RunningWeb | undefined
  let browser: BrowserContext | undefined
  let page: Page
  /** What the app logged as errors (the gateway's own messages go there, not on the page). */
  const consoleErrors: string[] = []

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: the end-to-end test drives Debian's Chromium and never downloads a browser. ` +
          'Install it with `bash examples/web/scripts/ensure-chromium.sh` (as root: apt-get install -y chromium fonts-noto-core).',
      )
    }
    tmp = mkdtempSync(join(tmpdir(), 'vanban-web-e2e-'))
    const distDir = join(tmp, 'dist')
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: distDir, emptyOutDir: true },
    })
    web = await startWeb({ db: join(tmp, 'db'), port: 0, distDir, samples: SAMPLES })
    browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'vi-VN',
      viewport: { width: 1100, height: 900 },
    })
    page = await browser.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    mkdirSync(screenshots, { recursive: true })
    mkdirSync(committedScreenshots, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await web?.close()
    if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true })
  })

  // Waits for a page to finish loading; a page that could not load says why, and so does the test.
  const shown = async (name: string) => {
    await page.waitForSelector(`#app[data-page="${name}"][aria-busy="false"]`)
    const error = await page.$('#app > .error')
    if (error !== null) {
      throw new Error(
        `the ${name} page did not load: ${await error.textContent()} (console: ${consoleErrors.join('; ')})`,
      )
    }
  }

  // Asks the gateway directly, as the test's own witness of what is stored.
  const gateway = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${web!.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    const body = (await response.json()) as { data: T; errors?: unknown }
    expect(body.errors).toBeUndefined()
    return body.data
  }
  const idInHash = (url: string) => decodeURIComponent(new URL(url).hash.split('/')[2] ?? '')

  it('serves a Vietnamese page', async () => {
    await page.goto(web!.url)
    await shown('home')
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    expect(await page.textContent('h1')).toBe('Tra cứu nghị quyết, chỉ thị và các sự kiện triển khai')
  })

  const search = async (words: string) => {
    await page.fill('#q', words)
    await page.press('#q', 'Enter')
    await page.waitForSelector(`#app[data-page="search"][aria-busy="false"] h1:has-text("${words}")`)
  }

  it('searches words typed without diacritics and groups the results by type', async () => {
    await search('nen tang tu tuong')
    const groups = await page.$$eval('.group', (els) => els.map((el) => el.getAttribute('data-type')))
    expect(groups).toEqual(expect.arrayContaining(['Event', 'Article']))
    expect(await page.textContent('.group[data-type="Article"]')).toContain('nền tảng tư tưởng')
    await page.screenshot({ path: join(screenshots, 'search.png'), fullPage: true })
  })

  it('finds a directive by its code, in lower case', async () => {
    await search('35-nq/tw')
    expect(await page.textContent('.group[data-type="Directive"]')).toContain('35-NQ/TW')
  })

  it('opens the directive: metadata, and a timeline of its events and articles in Vietnamese dates', async () => {
    await page
      .locator('.group[data-type="Directive"] a', { hasText: /^35-NQ\/TW$/ })
      .first()
      .click()
    await shown('directive')
    expect(await page.textContent('h1')).toBe('Nghị quyết 35-NQ/TW')
    expect(await page.textContent('dl.facts')).toContain('ngày 22/10/2018')
    expect(await page.textContent('ul.relations')).toContain('được triển khai bởi 68-KH/TU')
    const timeline = await page.$$eval('ol.timeline li', (els) => els.map((el) => el.textContent ?? ''))
    expect(timeline.length).toBeGreaterThanOrEqual(6)
    // f03 reports the review conference of "Chiều 4/12/2023".
    expect(timeline.some((entry) => entry.includes('chiều ngày 4/12/2023'))).toBe(true)
    // Event titles read as stored, letter for letter: innerText, the text as rendered, after any CSS text-transform.
    const links = await page.$$eval('ol.timeline li.event a', (els) =>
      els.map((el) => ({
        href: (el as HTMLAnchorElement).href,
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
        text: (el as HTMLElement).innerText,
      })),
    )
    type Entry = { node: { event: { id: string; title: string | null } | null } }
    const stored = await gateway<{ directive: { timeline: { edges: Entry[] } } }>(
      'query($code: String!) { directive(code: $code) { timeline(first: 100) { edges { node { event { id title } } } } } }',
      { code: '35-NQ/TW' },
    )
    const titles = new Map(
      stored.directive.timeline.edges.flatMap(({ node }) => (node.event ? [[node.event.id, node.event.title]] : [])),
    )
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.text).toBe(titles.get(idInHash(link.href)))
    await page.screenshot({ path: join(screenshots, 'directive.png'), fullPage: true })
  })

  it('follows a link to an event: organizer, date, cited directives and reporting articles', async () => {
    await page.locator('ol.timeline li.event a').first().click()
    await shown('event')
    expect((await page.textContent('dd.organizer'))?.trim()).not.toBe('chưa rõ')
    expect(await page.textContent('dl.facts')).toMatch(/(sáng|trưa|chiều|tối)? ?ngày \d{1,2}\/\d{1,2}\/\d{4}/)
    expect(await page.$$('ul.participants li')).not.toHaveLength(0)
    expect(await page.textContent('ul.directives')).toContain('35-NQ/TW')
    expect(await page.$$('ul.articles li')).not.toHaveLength(0)
    const { node } = await gateway<{ node: { title: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Event { title } } }',
      {
        id: idInHash(page.url()),
      },
    )
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(await page.innerText('h1')).toBe(node.title)
    // nothing cut off on screen: the heading shows all of its text
    expect(await page.$eval('h1', (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(
      true,
    )
    await page.screenshot({ path: join(screenshots, 'event.png'), fullPage: true })
  })

  it('opens a reporting article with the citations of the directive marked in its text', async () => {
    await page.locator('ul.articles li a').first().click()
    await shown('article')
    const marks = await page.$$eval('mark[data-code="35-NQ/TW"]', (els) => els.map((el) => el.textContent))
    expect(marks.length).toBeGreaterThanOrEqual(1)
    // The stored text keeps the photo's file name on a line of its own; the page does not show it.
    const { node } = await gateway<{ node: { text: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Article { text } } }',
      {
        id: idInHash(page.url()),
      },
    )
    const fileNames = node.text.split('\n').filter((line) => /^\S+\.(jpe?g|png)$/i.test(line.trim()))
    expect(fileNames.length).toBeGreaterThanOrEqual(1)
    const shownText = (await page.textContent('.article-text')) ?? ''
    for (const name of fileNames) expect(shownText).not.toContain(name.trim())
    await page.screenshot({ path: join(screenshots, 'article.png'), fullPage: true })
  })

  it('pages through search results with "Xem thêm" until every result counted is shown', async () => {
    // A common word whose hits fill more than one page: the gateway's own count picks it (full-text
    // search matches words, so which word has that many hits depends on the search's rules).
    const candidates = ['an', 'đảng', 'tỉnh', 'nghị quyết', 'cán bộ']
    let word: string | undefined
    for (const candidate of candidates) {
      const { search: found } = await gateway<{ search: { totalCount: number } }>(
        'query($q: String!) { search(query: $q, first: 1) { totalCount } }',
        { q: candidate },
      )
      if (found.totalCount > SEARCH_PAGE_SIZE) {
        word = candidate
        break
      }
    }
    expect(word, `none of ${candidates.join(', ')} has more than ${SEARCH_PAGE_SIZE} hits`).toBeDefined()
    await search(word!)
    const total = Number(await page.getAttribute('.search-results', 'data-total'))
    expect(total).toBeGreaterThan(SEARCH_PAGE_SIZE)
    const shownHits = () => page.$$eval('.search-results .group li', (els) => els.length)
    expect(await shownHits()).toBe(SEARCH_PAGE_SIZE)
    expect(await page.textContent('.search-results .count')).toBe(`Đang hiện ${SEARCH_PAGE_SIZE} trên ${total} kết quả`)
    await page.screenshot({ path: join(screenshots, 'search-first-page.png'), fullPage: true })
    let pages = 1
    while (await page.isVisible('button.load-more')) {
      const before = await shownHits()
      await page.click('button.load-more')
      await page.waitForFunction(
        (n) => Number(document.querySelector('.search-results')?.getAttribute('data-shown')) > n,
        before,
      )
      pages++
      expect(pages).toBeLessThanOrEqual(Math.ceil(total / SEARCH_PAGE_SIZE))
    }
    expect(pages).toBe(Math.ceil(total / SEARCH_PAGE_SIZE))
    expect(await shownHits()).toBe(total)
    expect(await page.textContent('.search-results .count')).toBe(`${total} kết quả`)
    // every hit once: the links of the records that have a page are all different
    const hrefs = await page.$$eval('.search-results .group li > a', (els) => els.map((el) => el.getAttribute('href')))
    expect(new Set(hrefs).size).toBe(hrefs.length)
    await page.screenshot({ path: join(screenshots, 'search-all-pages.png'), fullPage: true })
  })

  it('shows roles without the punctuation the stored roles keep from their sentence', async () => {
    const { events } = await gateway<{
      events: { edges: { node: { id: string; participants: { roles: string[] }[] } }[] }
    }>('{ events(first: 100) { edges { node { id participants { roles } } } } }')
    const trailing = /[,;:]\s*$/
    const event = events.edges.find((e) => e.node.participants.some((p) => p.roles.some((r) => trailing.test(r))))
    // the stored data has them (see the report on issue 14): the check below is not vacuous
    expect(event).toBeDefined()
    await page.goto(`${web!.url}#/event/${encodeURIComponent(event!.node.id)}`)
    await shown('event')
    const participants = await page.$$eval('ul.participants li', (els) => els.map((el) => el.textContent ?? ''))
    expect(participants.length).toBeGreaterThan(0)
    for (const line of participants) {
      expect(line).not.toMatch(trailing)
      expect(line).not.toMatch(/,\s*,/)
    }
  })

  it("shows a directive's events per month and per province, and narrows its events by a click on either", async () => {
    const { stats, coverage } = await gateway<{
      stats: { key: string[]; count: number }[]
      coverage: { count: number; province: { code: string; name: string } }[]
    }>(
      'query($code: String!) { stats(filter: { directive: $code }, groupBy: [MONTH]) { key count } coverage(directive: $code) { count province { code name } } }',
      { code: '35-NQ/TW' },
    )
    const placed = coverage.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)
    // the sample events are placed in provinces and dated to the month: the checks below are not vacuous
    expect(placed.length).toBeGreaterThan(0)
    expect(stats.length).toBeGreaterThan(0)
    await page.goto(`${web!.url}#/directive/35-NQ%2FTW`)
    await shown('directive')
    // a bar per month from the first to the last, each named by its month and count
    const bars = await page.$$eval('.histogram-svg a', (els) => els.map((el) => el.getAttribute('aria-label') ?? ''))
    const months = stats.map((b) => b.key[0]!).sort()
    expect(bars.length).toBeGreaterThanOrEqual(months.length)
    for (const b of stats) {
      const [year, month] = b.key[0]!.split('-')
      expect(bars).toContain(`tháng ${Number(month)}/${year}: ${b.count} sự kiện`)
    }
    // the map: 34 provinces, each a focusable link named with its count
    const shapes = await page.$$eval('.province-map-svg a', (els) =>
      els.map((el) => ({ label: el.getAttribute('aria-label') ?? '', tag: el.querySelector('path, circle')?.tagName })),
    )
    expect(shapes.filter((s) => s.tag === 'path')).toHaveLength(34)
    const top = placed[0]!
    expect(shapes.map((s) => s.label)).toContain(`${top.province.name}: ${top.count} sự kiện`)
    await page.screenshot({ path: join(committedScreenshots, 'directive.png') })
    // a keyboard user reaches the map's links with Tab
    await page.focus(`.province-map-svg a[aria-label="${top.province.name}: ${top.count} sự kiện"]`)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${top.province.name}: ${top.count} sự kiện`,
    )
    // a click on the province narrows the list to its events
    await page.click(`.province-map-svg a[aria-label="${top.province.name}: ${top.count} sự kiện"] path`)
    await page.waitForURL(`**/#/directive/35-NQ%2FTW?tinh=${top.province.code}`)
    await shown('directive')
    expect(await page.textContent('.narrowed-heading h2')).toBe(`Sự kiện tại ${top.province.name} (${top.count})`)
    const listed = await page.$$eval('ol.event-list li', (els) =>
      els.map((el) => el.querySelector('.province-link')?.textContent ?? ''),
    )
    expect(listed).toHaveLength(top.count)
    for (const name of listed) expect(name).toBe(top.province.name)
    await page.screenshot({ path: join(screenshots, 'directive-by-province.png'), fullPage: true })
    // a click on the busiest month's bar narrows the list to that month
    const busiest = [...stats].sort((a, b) => b.count - a.count)[0]!
    const [year, month] = busiest.key[0]!.split('-')
    await page.click(`.histogram-svg a[aria-label="tháng ${Number(month)}/${year}: ${busiest.count} sự kiện"] .hit`)
    await page.waitForURL(`**/#/directive/35-NQ%2FTW?thang=${busiest.key[0]}`)
    await shown('directive')
    expect(await page.textContent('.narrowed-heading h2')).toBe(
      `Sự kiện tháng ${Number(month)}/${year} (${busiest.count})`,
    )
    const dates = await page.$$eval('ol.event-list li .when', (els) => els.map((el) => el.textContent ?? ''))
    expect(dates).toHaveLength(busiest.count)
    for (const date of dates) expect(date).toContain(`/${Number(month)}/${year}`)
  })

  it('opens a province page from the narrowed list: its monthly histogram and its events, newest first', async () => {
    const { coverage } = await gateway<{ coverage: { count: number; province: { code: string; name: string } }[] }>(
      'query { coverage(directive: "35-NQ/TW") { count province { code name } } }',
    )
    const top = coverage.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0]!
    await page.goto(`${web!.url}#/directive/35-NQ%2FTW?tinh=${top.province.code}`)
    await shown('directive')
    await page.click(`a:has-text("Trang của ${top.province.name}")`)
    await shown('province')
    expect(page.url()).toContain(`#/province/${top.province.code}`)
    expect(await page.textContent('h1')).toBe(top.province.name)
    const { events } = await gateway<{ events: { totalCount: number; edges: { node: { date: string | null } }[] } }>(
      'query($p: String!) { events(filter: { province: $p }, first: 20, orderBy: { field: DATE, direction: DESC }) { totalCount edges { node { date } } } }',
      { p: top.province.code },
    )
    expect(events.totalCount).toBeGreaterThanOrEqual(top.count)
    expect(await page.$$('.histogram-svg a')).not.toHaveLength(0)
    expect(await page.$$('ol.event-list li')).toHaveLength(Math.min(20, events.totalCount))
    // newest first, as the gateway orders them
    const shownDates = await page.$$eval('ol.event-list li .when', (els) => els.map((el) => el.textContent ?? ''))
    expect(shownDates[0]).not.toBe('chưa rõ thời gian')
    // the province with the most events of all, for the committed picture
    const { stats } = await gateway<{ stats: { key: string[]; count: number }[] }>(
      '{ stats(groupBy: [PROVINCE]) { key count } }',
    )
    const busiest = [...stats].sort((a, b) => b.count - a.count)[0]!
    await page.goto(`${web!.url}#/province/${busiest.key[0]}`)
    await shown('province')
    expect(await page.$$('ol.event-list li')).toHaveLength(Math.min(20, busiest.count))
    await page.screenshot({ path: join(committedScreenshots, 'province.png') })
  })

  it('links an event to its province page', async () => {
    const { events } = await gateway<{
      events: { edges: { node: { id: string; province: { code: string; name: string } | null } }[] }
    }>('{ events(first: 100, filter: { directive: "35-NQ/TW" }) { edges { node { id province { code name } } } } }')
    const placed = events.edges.find((e) => e.node.province !== null)!.node
    await page.goto(`${web!.url}#/event/${encodeURIComponent(placed.id)}`)
    await shown('event')
    await page.click('dd.province a')
    await shown('province')
    expect(await page.textContent('h1')).toBe(placed.province!.name)
  })

  it.each([
    ['#/event/bogus', 'event', 'Không tìm thấy sự kiện'],
    ['#/article/bogus', 'article', 'Không tìm thấy bài báo'],
    ['#/directive/bogus', 'directive', 'Không tìm thấy văn bản'],
    ['#/directive/999-NQ%2FTW', 'directive', 'Không tìm thấy văn bản'],
    ['#/search/a', 'search', 'Kết quả cho “a”'],
    ['#/province/99', 'province', 'Không tìm thấy tỉnh, thành phố'],
  ])('answers %s in Vietnamese, never with the gateway English', async (hash, name, heading) => {
    await page.goto(`${web!.url}${hash}`)
    await shown(name)
    expect(await page.textContent('#app h1')).toBe(heading)
    const text = (await page.textContent('#app')) ?? ''
    expect(text).not.toMatch(/Invalid|global ID|not a directive code|search for at least|Unexpected error/)
  })

  it('fits a 390 px phone screen: the search button inside the viewport, no page wider than the screen', async () => {
    const phone = await browser!.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    try {
      for (const hash of ['#/search/nen%20tang%20tu%20tuong', '#/directive/35-NQ%2FTW']) {
        await phone.goto(`${web!.url}${hash}`)
        await phone.waitForSelector('#app[aria-busy="false"]')
        for (const selector of ['#search button', '#q']) {
          const box = await phone.locator(selector).boundingBox()
          expect(box).not.toBeNull()
          expect(box!.x).toBeGreaterThanOrEqual(0)
          expect(box!.y).toBeGreaterThanOrEqual(0)
          expect(box!.x + box!.width).toBeLessThanOrEqual(390)
          expect(box!.y + box!.height).toBeLessThanOrEqual(844)
        }
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
        const name = hash.startsWith('#/search') ? 'mobile-search.png' : 'mobile-directive.png'
        await phone.screenshot({ path: join(screenshots, name), fullPage: name !== 'mobile-search.png' })
      }
    } finally {
      await phone.close()
    }
  })

  it('serves GraphiQL that works with no network: every request it makes stays on this host', async () => {
    const graphiql = await browser!.newPage()
    const offHost: string[] = []
    await graphiql.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.protocol === 'blob:' || url.protocol === 'data:' || url.host === new URL(web!.url).host)
        return route.continue()
      offHost.push(url.href)
      return route.abort()
    })
    await graphiql.goto(`${web!.url}graphql`, { waitUntil: 'load' })
    await graphiql.waitForSelector('.graphiql-container')
    expect(offHost).toEqual([])
    await graphiql.close()
  })
})
