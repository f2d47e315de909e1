import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import iconv from 'iconv-lite'

/**
 * A news site on 127.0.0.1 for the crawl tests: pages in the layouts of Vietnamese news and
 * portal sites (header, menus, sidebar, related-article teasers, comment form, share bar), a feed,
 * a robots.txt disallowing /private/, a page answering 429 with Retry-After once, one answering
 * 503 once, a slow page, a redirect loop, a huge body, Windows-1258, TCVN3 and VNI pages. It counts
 * the requests to each path and keeps their headers.
 */
export type TestSite = {
  url: string
  /** Requests per path (with query). */
  hits: Map<string, number>
  /** The request headers of each request, in order. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>
  close(): Promise<void>
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** Vietnamese text in Windows-1258: base letters precomposed, tone marks combining after them. */
export function windows1258(text: string): Buffer {
  const decomposed = [...text]
    .map((c) => {
      const d = c.normalize('NFD')
      return d.replace(TONES, '').normalize('NFC') + (d.match(TONES) ?? []).join('')
    })
    .join('')
  return iconv.encode(decomposed, 'windows1258')
}

/** A page in the layout of a provincial Party news portal. */
export function newsPage(page: {
  title: string
  date: string
  paragraphs: string[]
  related: string[]
  charset?: string
}): string {
  return `<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="${page.charset ?? 'utf-8'}">
<title>${page.title} - Báo điện tử Đảng bộ tỉnh</title>
<meta property="og:title" content="${page.title}">
<meta property="article:published_time" content="${page.date}">
</head><body>
<header class="site-header"><a href="/" class="logo">Báo Đảng bộ tỉnh</a>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su/">Thời sự</a></li>
<li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xay-dung-dang/">Xây dựng Đảng</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/thoi-su/">Thời sự</a></div>
<main><article class="detail">
<h1 class="title">${page.title}</h1>
<div class="meta"><time datetime="${page.date}">${page.date}</time></div>
<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php">Chia sẻ</a> <a href="mailto:?subject=x">Gửi email</a> <a href="javascript:window.print()">In</a></div>
<div class="content">${page.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>${page.related.map((href) => `<li><a href="${href}#comments">Tin liên quan ${href}</a></li>`).join('')}</ul></section>
<form class="comment-form" action="/binh-luan" method="post"><h3>Ý kiến bạn đọc</h3><textarea name="noi-dung"></textarea><button>Gửi bình luận</button></form>
</main>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/xay-dung-dang/bai-doc-nhieu.html">Bài đọc nhiều</a></li><li><a href="/private/noi-bo.html">Tài liệu nội bộ</a></li></ul></aside>
<footer>© Báo Đảng bộ tỉnh. Giấy phép số 123/GP-BTTTT. <a href="https://other.example/">Liên kết</a></footer>
</body></html>`
}

const PARAGRAPHS = [
  'Ngày 5/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp.',
  'Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc, hiệu quả nội dung của Chỉ thị.',
]

/** The pages the site serves as plain 200s, by path: UTF-8 news pages linking each other. */
export const ARTICLES: Record<string, string[]> = {
  '/thoi-su/bai-1.html': [
    '/thoi-su/bai-2.html',
    '/thoi-su/bai-429.html',
    '/thoi-su/bai-503.html',
    '/private/noi-bo.html',
  ],
  '/thoi-su/bai-2.html': ['/thoi-su/bai-1.html', '/thoi-su/cham.html', '/thoi-su/vong-a.html', '/thoi-su/rat-lon.html'],
  '/thoi-su/bai-429.html': ['/thoi-su/bai-1.html'],
  '/thoi-su/bai-503.html': [
    '/thoi-su/bai-1258.html',
    '/thoi-su/tcvn3.html',
    '/thoi-su/tcvn3-hoa.html',
    '/thoi-su/vni.html',
  ],
  '/xay-dung-dang/bai-doc-nhieu.html': [],
  '/private/noi-bo.html': [],
}

const VIETNAMESE =
  'Cộng hòa xã hội chủ nghĩa Việt Nam. Chỉ thị của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác cán bộ, các cấp ủy và những người được giao nhiệm vụ trong năm.'

/** Starts the site on a random port of 127.0.0.1. `slowMs`: how long the slow page takes to answer. */
export async function startSite(options: { slowMs?: number } = {}): Promise<TestSite> {
  const hits = new Map<string, number>()
  const requests: TestSite['requests'] = []
  const pending = new Set<ServerResponse>()
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    const count = (hits.get(path) ?? 0) + 1
    hits.set(path, count)
    requests.push({ path, headers: request.headers })
    serve(path, count, request, response, options, pending)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const response of pending) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const ETAG = '"bai-1-v1"'
const LAST_MODIFIED = 'Mon, 01 Dec 2026 08:00:00 GMT'

function serve(
  path: string,
  count: number,
  request: IncomingMessage,
  response: ServerResponse,
  options: { slowMs?: number },
  pending: Set<ServerResponse>,
): void {
  const html = (body: string | Buffer, headers: Record<string, string> = {}) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers })
    response.end(body)
  }
  if (path === '/robots.txt') {
    response.writeHead(200, { 'content-type': 'text/plain' })
    response.end('User-agent: *\nDisallow: /private/\n\nUser-agent: vanban\nDisallow: /private/\nAllow: /\n')
    return
  }
  if (path === '/rss.xml') {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
    response.end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Thời sự</title><link>/</link>
<item><title>Quán triệt Chỉ thị 35-CT/TW</title><link>/thoi-su/bai-1.html</link><pubDate>Fri, 05 Dec 2026 02:00:00 GMT</pubDate></item>
<item><title>Tài liệu nội bộ</title><link>/private/noi-bo.html</link><pubDate>Fri, 05 Dec 2026 03:00:00 GMT</pubDate></item>
<item><title>Bài đọc nhiều</title><link>/xay-dung-dang/bai-doc-nhieu.html</link><pubDate>Thu, 04 Dec 2026 03:00:00 GMT</pubDate></item>
</channel></rss>`)
    return
  }
  if (path === '/thoi-su/bai-1.html') {
    if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
      response.writeHead(304, { etag: ETAG })
      response.end()
      return
    }
  }
  if (path === '/thoi-su/bai-429.html' && count === 1) {
    response.writeHead(429, { 'retry-after': '7' })
    response.end('Quá nhiều yêu cầu')
    return
  }
  if (path === '/thoi-su/bai-503.html' && count === 1) {
    response.writeHead(503)
    response.end('Bảo trì')
    return
  }
  const related = ARTICLES[path]
  if (related !== undefined) {
    html(newsPage({ title: `Bài ${path}`, date: '2026-12-05T09:00:00+07:00', paragraphs: PARAGRAPHS, related }), {
      etag: path === '/thoi-su/bai-1.html' ? ETAG : `"${path}"`,
      'last-modified': LAST_MODIFIED,
    })
    return
  }
  if (path === '/thoi-su/cham.html') {
    pending.add(response)
    setTimeout(() => {
      pending.delete(response)
      if (!response.destroyed)
        html(newsPage({ title: 'Chậm', date: '2026-12-05', paragraphs: PARAGRAPHS, related: [] }))
    }, options.slowMs ?? 30_000)
    return
  }
  if (path === '/thoi-su/vong-a.html' || path === '/thoi-su/vong-b.html') {
    response.writeHead(302, {
      location: path === '/thoi-su/vong-a.html' ? '/thoi-su/vong-b.html' : '/thoi-su/vong-a.html',
    })
    response.end()
    return
  }
  if (path === '/thoi-su/rat-lon.html') {
    // 8 MB without a Content-Length, so the limit is met while reading.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'transfer-encoding': 'chunked' })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const write = () => {
      while (sent < 128) {
        sent += 1
        if (!response.write(chunk)) return void response.once('drain', write)
      }
      response.end()
    }
    response.on('error', () => undefined)
    write()
    return
  }
  if (path === '/thoi-su/bai-1258.html') {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(
      Buffer.concat([
        Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>'),
        windows1258('Chỉ thị về công tác cán bộ'),
        Buffer.from('</title></head><body><p>'),
        windows1258(VIETNAMESE),
        Buffer.from('</p></body></html>'),
      ]),
    )
    return
  }
  if (path === '/thoi-su/tcvn3.html' || path === '/thoi-su/tcvn3-hoa.html') {
    const font = path === '/thoi-su/tcvn3.html' ? '.VnTime' : '.VnTimeH'
    response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
    response.end(
      Buffer.concat([
        Buffer.from(`<html><body><font face="${font}"><p>`),
        iconv.encode(VIETNAMESE, 'tcvn'),
        Buffer.from('</p></font></body></html>'),
      ]),
    )
    return
  }
  if (path === '/thoi-su/vni.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
    response.end(
      Buffer.from(
        '<html><body><font face="VNI-Times"><p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Chæ thò cuûa Ban Bí thö veà vieäc caùc caáp uûy vaø nhöõng ngöôøi ñöôïc giao.</p></font></body></html>',
        'latin1',
      ),
    )
    return
  }
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
  response.end('<h1>Không tìm thấy trang</h1>')
}

/** The text the legacy-encoded pages hold. */
export const LEGACY_TEXT = VIETNAMESE
