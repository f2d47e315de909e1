/**
 * Writes `fixtures-html/pages/*.html`: a dozen of the team's text fixtures (`fixtures/articles`)
 * laid out as the Vietnamese news and portal sites they were scraped from would serve them
 * (header, menus, breadcrumbs, sidebars of other articles' teasers, share bars, related
 * articles, comment forms, footers), each with the metadata its site would carry: JSON-LD, Open
 * Graph only, a `<time>` only, date metas, or none. The text fixture's gold (`fixtures/gold`)
 * applies to its page unchanged. One page is written in Windows-1258, as its `<meta>` says.
 *
 *   node --conditions=@vanban/source scripts/build-html-fixtures.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isImageFileLine, parseDateLine } from '@vanban/core'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const articles = path.join(root, 'fixtures', 'articles')
const goldDir = path.join(root, 'fixtures', 'gold')
const out = path.join(root, 'fixtures-html', 'pages')

type Gold = { title: string | null; publishedAt: string | null; byline: string | null }
type Layout = 'portal' | 'newspaper' | 'party'
type Metadata = {
  jsonLd?: 'article' | 'graph' | 'array'
  openGraph?: boolean
  /** A timestamp for `datePublished`, `article:published_time`, a date meta or `<time datetime>`. */
  timestamp?: string
  dateMeta?: string
  time?: 'in-article' | 'pubdate'
  titleSuffix?: boolean
  charset?: 'windows-1258'
}
type Page = { fixture: string; layout: Layout; site: Site; metadata: Metadata }
type Site = { name: string; host: string; section: string }

const SITES: Record<string, Site> = {
  stp: { name: 'Sở Tư pháp tỉnh Phú Yên', host: 'stp.phuyen.gov.vn', section: 'Tin hoạt động' },
  hatinh: { name: 'Báo Hà Tĩnh', host: 'baohatinh.vn', section: 'Chính trị' },
  quangnam: { name: 'Báo Quảng Nam', host: 'baoquangnam.vn', section: 'Xây dựng Đảng' },
  tttt: { name: 'Cổng Thông tin điện tử tỉnh', host: 'congthongtin.tinh.gov.vn', section: 'Tin tức - Sự kiện' },
  tuyengiao: { name: 'Ban Tuyên giáo Tỉnh ủy', host: 'tuyengiao.tinhuy.vn', section: 'Hoạt động tuyên giáo' },
  khanhhoa: { name: 'Báo Khánh Hòa', host: 'baokhanhhoa.vn', section: 'Chính trị' },
  dangbo: { name: 'Đảng bộ Khối Doanh nghiệp tỉnh', host: 'dangbokhoidn.vn', section: 'Tin hoạt động' },
  binhdinh: { name: 'Cổng TTĐT huyện Phù Cát', host: 'phucat.binhdinh.gov.vn', section: 'Tin địa phương' },
  noivu: { name: 'Sở Nội vụ', host: 'sonoivu.tinh.gov.vn', section: 'Văn thư - Lưu trữ' },
  huongthuy: { name: 'Thị ủy Hương Thủy', host: 'huongthuy.thuathienhue.vn', section: 'Xây dựng Đảng' },
  baria: { name: 'Báo Bà Rịa - Vũng Tàu', host: 'baobariavungtau.com.vn', section: 'Thời sự' },
  tanhoa: { name: 'Đảng bộ xã Tân Hoà', host: 'tanhoa.dangbo.vn', section: 'Tin hoạt động' },
}

const PAGES: Page[] = [
  {
    fixture: 'f01',
    layout: 'portal',
    site: SITES.stp!,
    metadata: { jsonLd: 'article', timestamp: '2024-06-14T08:30:00+07:00' },
  },
  // 01:15 UTC is 08:15 in Vietnam: the date line `12/5/2023 8:15:00 AM`.
  {
    fixture: 'f03',
    layout: 'newspaper',
    site: SITES.hatinh!,
    metadata: { jsonLd: 'graph', openGraph: true, timestamp: '2023-12-05T01:15:00Z' },
  },
  {
    fixture: 'f06',
    layout: 'newspaper',
    site: SITES.quangnam!,
    metadata: { openGraph: true, timestamp: '2024-01-16T09:12:00+07:00' },
  },
  {
    fixture: 'f07',
    layout: 'portal',
    site: SITES.tttt!,
    metadata: { jsonLd: 'array', openGraph: true, timestamp: '2023-09-22T07:45:00+07:00' },
  },
  {
    fixture: 'f08',
    layout: 'party',
    site: SITES.tuyengiao!,
    metadata: { time: 'in-article', timestamp: '2023-11-16T15:30:00+07:00' },
  },
  {
    fixture: 'f13',
    layout: 'newspaper',
    site: SITES.khanhhoa!,
    metadata: { openGraph: true, titleSuffix: true, timestamp: '2024-10-17T17:48:00+07:00' },
  },
  {
    fixture: 'f14',
    layout: 'party',
    site: SITES.dangbo!,
    metadata: { dateMeta: 'pubdate', timestamp: '2024-05-24T10:05:00+07:00' },
  },
  {
    fixture: 'f17',
    layout: 'portal',
    site: SITES.binhdinh!,
    metadata: { time: 'pubdate', timestamp: '2023-10-12T17:20:00+07:00' },
  },
  {
    fixture: 'f18',
    layout: 'portal',
    site: SITES.noivu!,
    metadata: { jsonLd: 'article', timestamp: '2024-04-24T14:00:00+07:00' },
  },
  { fixture: 'f20', layout: 'party', site: SITES.huongthuy!, metadata: {} },
  {
    fixture: 'f23',
    layout: 'newspaper',
    site: SITES.baria!,
    metadata: { dateMeta: 'dc.date', timestamp: '2025-02-18' },
  },
  {
    fixture: 'f28',
    layout: 'party',
    site: SITES.tanhoa!,
    metadata: { openGraph: true, charset: 'windows-1258', timestamp: '2024-12-26T16:40:00+07:00' },
  },
]

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()
const slugOf = (file: string): string => file.replace(/^f\d+_/, '').replace(/\.txt$/, '')

/** The article's lines laid out as the content of its page. */
function articleBody(lines: string[], gold: Gold, page: Page): { head: string; body: string; tail: string } {
  const title = gold.title === null ? null : fold(gold.title)
  // The head runs to the first paragraph: a long line or one that ends a sentence.
  let lead = lines.findIndex((l) => l.length > 100 || /[.:]$/.test(l))
  if (lead < 0) lead = 0
  // The byline is the last line naming the author; what follows it is the site's (comments, teasers).
  let bylineAt = -1
  if (gold.byline !== null) {
    for (let i = lines.length - 1; i >= lead; i--)
      if (lines[i]!.includes(gold.byline)) {
        bylineAt = i
        break
      }
  }
  const head: string[] = []
  let dateLine: string | null = null
  for (const l of lines.slice(0, lead)) {
    if (title !== null && fold(l) === title) continue
    if (dateLine === null && parseDateLine(l) !== null) dateLine = l
    else head.push(l)
  }
  const parts: string[] = []
  parts.push(`<h1 class="article-title">${esc(gold.title ?? lines[0] ?? '')}</h1>`)
  const timeAttr = page.metadata.time
  const ts = page.metadata.timestamp
  if (timeAttr !== undefined && ts !== undefined) {
    const attr = timeAttr === 'pubdate' ? ' pubdate' : ''
    parts.push(
      `<div class="article-meta"><time datetime="${ts}"${attr}>${esc(dateLine ?? ts)}</time> <span class="views">Lượt xem: 1.204</span></div>`,
    )
  } else if (dateLine !== null) {
    parts.push(`<div class="article-meta"><span class="date">${esc(dateLine)}</span></div>`)
  }
  const bodyEnd = bylineAt >= 0 ? bylineAt : lines.length
  let related: string[] | null = null
  const flushRelated = () => {
    if (related === null) return
    const [header, ...items] = related
    parts.push(
      `<div class="related-news box-related"><h3>${esc(header!)}</h3><ul>${items.map((t) => `<li><a href="/tin/${encodeURIComponent(t.slice(2, 30))}.html">${esc(t.replace(/^[-•]\s*/, ''))}</a></li>`).join('')}</ul></div>`,
    )
    related = null
  }
  for (let i = lead; i < bodyEnd; i++) {
    const l = lines[i]!
    if (title !== null && fold(l) === title) continue
    if (/^(Tin liên quan|Xem thêm|Tin khác|Bài liên quan)\s*:?$/i.test(l)) {
      flushRelated()
      related = [l]
      continue
    }
    if (related !== null && (/^[-•]\s/.test(l) || (l.length < 160 && !/[.:;]$/.test(l) && !isImageFileLine(l)))) {
      related.push(l)
      continue
    }
    flushRelated()
    if (isImageFileLine(l)) {
      const caption = lines[i + 1]
      const hasCaption = caption !== undefined && i + 1 < bodyEnd && !isImageFileLine(caption)
      parts.push(
        `<figure class="image"><img src="https://${page.site.host}/uploads/${esc(l)}" alt="${hasCaption ? esc(caption) : ''}" width="800">${hasCaption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`,
      )
      if (hasCaption) i++
      continue
    }
    parts.push(`<p>${esc(l)}</p>`)
  }
  flushRelated()
  if (bylineAt >= 0) parts.push(`<p class="author"><strong>${esc(lines[bylineAt]!)}</strong></p>`)
  // What the scraper took after the byline (other articles' teasers, a comment form's words) is a
  // block of the site's own beside the article.
  const tail = bylineAt >= 0 ? lines.slice(bylineAt + 1) : []
  const tailBlock =
    tail.length === 0
      ? ''
      : `<div class="box-tin-khac more-news"><ul>${tail.map((l, i) => `<li><a href="/tin-tuc/tin-${i + 201}.html">${esc(l.replace(/^[-•]\s*/, ''))}</a></li>`).join('')}</ul></div>`
  return { head: head.map(esc).join(' › '), body: parts.join('\n'), tail: tailBlock }
}

function metadataTags(page: Page, gold: Gold, slug: string): string {
  const m = page.metadata
  const url = `https://${page.site.host}/tin-tuc/${slug}.html`
  const tags: string[] = []
  const title = gold.title ?? ''
  if (m.openGraph) {
    tags.push(`<meta property="og:type" content="article">`)
    tags.push(`<meta property="og:title" content="${esc(m.titleSuffix ? `${title} - ${page.site.name}` : title)}">`)
    tags.push(`<meta property="og:url" content="${url}">`)
    tags.push(`<meta property="og:site_name" content="${esc(page.site.name)}">`)
    tags.push(`<meta property="og:image" content="https://${page.site.host}/uploads/share.jpg">`)
    if (m.timestamp !== undefined) tags.push(`<meta property="article:published_time" content="${m.timestamp}">`)
  }
  if (m.dateMeta !== undefined && m.timestamp !== undefined)
    tags.push(`<meta name="${m.dateMeta}" content="${m.timestamp}">`)
  if (m.jsonLd !== undefined) {
    const article = {
      '@type': m.jsonLd === 'graph' ? ['NewsArticle'] : 'NewsArticle',
      headline: title,
      ...(m.timestamp === undefined ? {} : { datePublished: m.timestamp, dateModified: m.timestamp }),
      ...(gold.byline === null ? {} : { author: { '@type': 'Person', name: gold.byline } }),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: {
        '@type': 'Organization',
        name: page.site.name,
        logo: { '@type': 'ImageObject', url: `https://${page.site.host}/logo.png` },
      },
      image: [`https://${page.site.host}/uploads/share.jpg`],
    }
    const crumbs = {
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: page.site.section, item: `https://${page.site.host}/` },
      ],
    }
    const doc =
      m.jsonLd === 'graph'
        ? {
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebSite', name: page.site.name, url: `https://${page.site.host}/` },
              crumbs,
              article,
            ],
          }
        : m.jsonLd === 'array'
          ? [
              { '@context': 'https://schema.org', ...crumbs },
              { '@context': 'https://schema.org', ...article },
            ]
          : { '@context': 'https://schema.org', ...article }
    tags.push(`<script type="application/ld+json">\n${JSON.stringify(doc, null, 2)}\n</script>`)
  }
  return tags.join('\n')
}

// Teasers of other articles, as sidebars and "more news" blocks print them: codes and dates
// that are not this article's, for the main-content reader to leave out.
const TEASERS = [
  [
    'Quán triệt, triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ',
    '2025-01-10T08:00:00+07:00',
  ],
  ['Hội nghị sơ kết 3 năm thực hiện Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng', '2024-11-02T15:20:00+07:00'],
  ['Ban hành Kế hoạch số 245/KH-UBND thực hiện Chỉ thị 05-CT/TW năm 2025', '2025-02-03T10:00:00+07:00'],
  ['Tập huấn Nghị định 30/2020/NĐ-CP về công tác văn thư cho cán bộ cấp xã', '2024-03-28T09:45:00+07:00'],
  ['Lễ ra mắt mô hình "Dân vận khéo" tại khu dân cư số 4', '2024-09-15T07:30:00+07:00'],
]

function teaserList(className: string, heading: string, withTimes: boolean, host: string): string {
  const items = TEASERS.map(([t, ts], i) => {
    const time = withTimes
      ? ` <time datetime="${ts}">${ts!.slice(8, 10)}/${ts!.slice(5, 7)}/${ts!.slice(0, 4)}</time>`
      : ''
    return `<li class="news-item"><a href="https://${host}/tin-tuc/tin-${i + 101}.html"><img src="/uploads/thumb-${i + 101}.jpg" alt=""></a><h4><a href="https://${host}/tin-tuc/tin-${i + 101}.html">${esc(t!)}</a></h4>${time}</li>`
  })
  return `<div class="${className}"><h3 class="box-title">${heading}</h3><ul>${items.join('\n')}</ul></div>`
}

const SHARE = `<div class="share-bar social"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Twitter</a> <a class="print" href="javascript:window.print()">In bài viết</a> <a class="mail" href="#">Gửi email</a></div>`

const COMMENTS = `<div id="comments" class="comment-box"><h3>Ý kiến bạn đọc</h3><form class="comment-form" action="/binh-luan" method="post"><p>Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><label>Họ và tên *<input name="name"></label><label>Email *<input name="email" type="email"></label><textarea name="body" placeholder="Nhập bình luận của bạn"></textarea><button type="submit">Gửi bình luận</button></form></div>`

function menu(site: Site): string {
  const items = [
    'Trang chủ',
    'Giới thiệu',
    site.section,
    'Chính trị',
    'Kinh tế',
    'Văn hóa - Xã hội',
    'Văn bản chỉ đạo',
    'Thủ tục hành chính',
    'Liên hệ',
  ]
  return `<nav class="main-menu navbar"><ul>${items.map((t, i) => `<li><a href="/chuyen-muc-${i}">${esc(t)}</a></li>`).join('')}</ul></nav>`
}

function footer(site: Site): string {
  return `<footer id="footer" class="footer"><p>© ${esc(site.name)}. Giấy phép số 45/GP-TTĐT ngày 12/3/2021 của Sở Thông tin và Truyền thông.</p><p>Địa chỉ: Số 02 đường Trần Hưng Đạo, thành phố. Điện thoại: 0257.3822.155 - Email: banbientap@${site.host}</p><p>Ghi rõ nguồn "${esc(site.name)}" khi phát hành lại thông tin từ website này.</p><div class="counter">Đang truy cập: 132 - Tổng lượt truy cập: 4.512.907</div></footer>`
}

function layout(page: Page, gold: Gold, slug: string, content: ReturnType<typeof articleBody>): string {
  const s = page.site
  const charset =
    page.metadata.charset === undefined
      ? '<meta charset="utf-8">'
      : `<meta http-equiv="Content-Type" content="text/html; charset=${page.metadata.charset}">`
  const head = `<!DOCTYPE html>
<html lang="vi">
<head>
${charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(gold.title ?? 'Tin tức')} - ${esc(s.name)}</title>
<meta name="description" content="${esc(s.name)} - ${esc(s.section)}">
<link rel="stylesheet" href="/static/css/site.css">
${metadataTags(page, gold, slug)}
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)}</script>
</head>`
  const breadcrumb = `<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/chuyen-muc">${esc(s.section)}</a>${content.head.length > 0 ? ` › <span>${content.head}</span>` : ''}</div>`
  const article = `<article class="article-detail">
${content.body}
</article>`
  switch (page.layout) {
    case 'portal':
      return `${head}
<body>
<div id="top-bar">Thứ Hai, ngày 06/01/2025 | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a></div>
<header id="header" class="site-header"><a class="logo" href="/"><img src="/static/logo-portal.png" alt="${esc(s.name)}"></a><div class="site-name">${esc(s.name.toUpperCase())}</div><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>
${menu(s)}
<div class="container">
<aside class="sidebar left-col">${teaserList('van-ban-moi', 'Văn bản mới', false, s.host)}<div class="links"><h3>Liên kết website</h3><select><option>Cổng TTĐT Chính phủ</option><option>Bộ Tư pháp</option></select></div></aside>
<main class="main-col">
${breadcrumb}
${article}
${SHARE}
${content.tail}
${teaserList('other-news', 'Các tin khác', false, s.host)}
</main>
</div>
${footer(s)}
</body>
</html>
`
    case 'newspaper':
      return `${head}
<body>
<div class="cookie-consent gdpr">Trang web sử dụng cookie để cải thiện trải nghiệm. <button>Đồng ý</button></div>
<header class="header"><div class="date-now">Thứ Hai, 06/01/2025</div><a class="logo" href="/"><img src="/static/logo-bao.svg" alt="${esc(s.name)}"></a><div class="hotline">Đường dây nóng: 0912.345.678</div></header>
${menu(s)}
<div class="ads-banner banner"><a href="/quang-cao"><img src="/ads/banner-top.gif" alt="Quảng cáo"></a></div>
<div class="wrap">
<div class="col-main">
${breadcrumb}
${SHARE}
${article}
${content.tail}
${COMMENTS}
${teaserList('related-news tin-cung-chuyen-muc', 'Tin cùng chuyên mục', true, s.host)}
</div>
<aside class="col-right sidebar">${teaserList('most-read', 'Đọc nhiều', true, s.host)}<div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện mới?</p></div></aside>
</div>
${footer(s)}
</body>
</html>
`
    case 'party':
      return `${head}
<body>
<div class="banner-top"><img src="/static/banner-dang-bo.jpg" alt="${esc(s.name)}"><div class="slogan">Đảng Cộng sản Việt Nam quang vinh muôn năm!</div></div>
<div class="page">
<div class="left-menu"><h3>Danh mục</h3><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-hoat-dong">${esc(s.section)}</a></li><li><a href="/hoc-tap-bac">Học tập và làm theo Bác</a></li><li><a href="/van-ban">Văn kiện - Văn bản</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></div>
<div class="content-area">
${breadcrumb}
${article}
${SHARE}
${content.tail}
${teaserList('tin-cung-chuyen-muc other-posts', 'Tin cùng chuyên mục', false, s.host)}
</div>
</div>
${footer(s)}
</body>
</html>
`
  }
}

// Windows-1258 writes Vietnamese letters with their vowel shape precomposed (`ô`, `ơ`, `ă`) and
// their tone as a combining mark: each letter is split that way and written byte by byte.
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258')
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b)
  const bytes: number[] = []
  for (const ch of text.normalize('NFC')) {
    const direct = byChar.get(ch)
    if (direct !== undefined) {
      bytes.push(direct)
      continue
    }
    const [base, ...marks] = [...ch.normalize('NFD')]
    let letter = base!
    const rest: string[] = []
    for (const mark of marks) {
      const joined = (letter + mark).normalize('NFC')
      // Canonical order puts a dot below before a circumflex (`ệ` = e, dot below, circumflex).
      if (byChar.has(joined)) letter = joined
      else rest.push(mark)
    }
    for (const c of [letter, ...rest]) {
      const b = byChar.get(c)
      if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no Windows-1258 form`)
      bytes.push(b)
    }
  }
  return Uint8Array.from(bytes)
}

fs.mkdirSync(out, { recursive: true })
const files = fs.readdirSync(articles).filter((f) => f.endsWith('.txt'))
for (const page of PAGES) {
  const file = files.find((f) => f.startsWith(`${page.fixture}_`))
  if (file === undefined) throw new Error(`no fixture ${page.fixture}`)
  const text = fs.readFileSync(path.join(articles, file), 'utf8')
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file.replace(/\.txt$/, '.json')), 'utf8')) as Gold
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  const slug = slugOf(file)
  const html = layout(page, gold, slug, articleBody(lines, gold, page))
  const target = path.join(out, file.replace(/\.txt$/, '.html'))
  fs.writeFileSync(target, page.metadata.charset === 'windows-1258' ? windows1258(html) : html)
  console.log(`wrote ${path.relative(root, target)}`)
}
