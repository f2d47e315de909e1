import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningWeb, sampleArticlesDir, startWeb } from '../server/start.ts'

const CHROMIUM = '/usr/bin/chromium'
const root = fileURLToPath(new URL('..', import.meta.url))
/** Screenshots of the pages the test walks through; gitignored, kept for a person to look at. */
const screenshots = join(root, '.screenshots')

// Four sample articles that cite Nghị quyết 35-NQ/TW (f33 also states that 68-KH/TU implements it), and one citing 99-HD/BTGTW and 85-QĐ/TW.
const SAMPLES = [
  'f03_huyen-uy-so-ket-nghi-quyet-35.txt',
  'f15_hoi-thao-bao-ve-nen-tang-tu-tuong.txt',
  'f08_hoi-thi-tuyen-truyen-vien-gioi.txt',
  'f33_tinh-uy-hoi-nghi-bao-ve-nen-tang-tu-tuong-dai.txt',
  'f02_tinh-doan-tap-huan-du-luan-xa-hoi.txt',
].map((name) => join(sampleArticlesDir, name))

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
    mkdirSync(screenshots, { recursive: true })
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
    if (error !== null) throw new Error(`the ${name} page did not load: ${await error.textContent()}`)
  }

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
    await page.screenshot({ path: join(screenshots, 'event.png'), fullPage: true })
  })

  it('opens a reporting article with the citations of the directive marked in its text', async () => {
    await page.locator('ul.articles li a').first().click()
    await shown('article')
    const marks = await page.$$eval('mark[data-code="35-NQ/TW"]', (els) => els.map((el) => el.textContent))
    expect(marks.length).toBeGreaterThanOrEqual(1)
    await page.screenshot({ path: join(screenshots, 'article.png'), fullPage: true })
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
