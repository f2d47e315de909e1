/**
 * Installs the packages as a user gets them: packs every package (after `pnpm build`), installs
 * the tarballs with plain `npm i` into a new project outside the workspace, and runs the installed
 * `vanban` there: `--help`, `ingest <file> --db ./db` (a text, then a saved page), `crawl` of a page
 * served on 127.0.0.1, and `serve`, asked one GraphQL query over HTTP. Exits 1 with what failed.
 *
 *   node scripts/check-install.ts
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const root = join(import.meta.dirname, '..')
const PACKAGES = ['core', 'extract', 'store', 'crawl', 'graphql', 'cli']
const ARTICLE = 'Sáng 13/5/2024, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Quy định số 85-QĐ/TW của Ban Bí thư.\n'

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="Hội nghị quán triệt Quy định 85">
<meta property="article:published_time" content="2024-05-13T09:00:00+07:00"></head><body><nav><a href="/">Trang chủ</a></nav>
<article><h1>Hội nghị quán triệt Quy định 85</h1><p>${ARTICLE.replace('Quy định số 85-QĐ/TW', 'Quy định số 144-QĐ/TW')}</p></article></body></html>`

const work = mkdtempSync(join(tmpdir(), 'vanban-install-'))
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

function packAll(): string[] {
  const packs = join(work, 'packs')
  for (const name of PACKAGES) run('pnpm', ['pack', '--pack-destination', packs], join(root, 'packages', name))
  return readdirSync(packs).map((file) => join(packs, file))
}

function installInto(tarballs: string[]): string {
  const project = join(work, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  run('npm', ['i', '--no-audit', '--no-fund', ...tarballs], project)
  return project
}

function expectOutput(label: string, output: string, pattern: RegExp): void {
  if (!pattern.test(output)) throw new Error(`${label}: expected ${pattern}, got:\n${output}`)
  console.log(`ok  ${label}`)
}

// `vanban serve` on a free port; resolves with its address once it says where it listens.
function serve(project: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('npx', ['vanban', 'serve', '--db', './db', '--port', '0'], { cwd: project, detached: true })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vanban serve said nothing in 60 s:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /GraphQL at (http:\/\/\S+)\/graphql/.exec(output)
      if (match?.[1] !== undefined) {
        clearTimeout(timer)
        resolve({ child, url: match[1] })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`vanban serve exited with ${code}:\n${output}`)))
  })
}

// `vanban crawl` of one page served here (so the crawl runs asynchronously, the server answering meanwhile).
async function crawlLocalPage(project: string): Promise<string> {
  const server = createServer((request, response) => {
    if (request.url !== '/bai.html') return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<html><head><title>Quán triệt</title></head><body><article><h1>Quán triệt</h1><p>${ARTICLE}</p></article></body></html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bai.html`
    const { stdout } = await promisify(execFile)('npx', ['vanban', 'crawl', page, '--db', './crawled'], {
      cwd: project,
    })
    return stdout
  } finally {
    server.close()
  }
}

async function main(): Promise<void> {
  const project = installInto(packAll())
  expectOutput('npx vanban --help', run('npx', ['vanban', '--help'], project), /usage: vanban <command>/)
  writeFileSync(join(project, 'article.txt'), ARTICLE)
  expectOutput(
    'npx vanban ingest article.txt --db ./db',
    run('npx', ['vanban', 'ingest', 'article.txt', '--db', './db'], project),
    /1 new, 0 updated, 0 unchanged, 0 failed/,
  )
  // A saved page goes through `@vanban/extract/html`, the package's second entry point.
  writeFileSync(join(project, 'page.html'), PAGE)
  expectOutput(
    'npx vanban ingest page.html --db ./db',
    run('npx', ['vanban', 'ingest', 'page.html', '--db', './db'], project),
    /1 new, 0 updated, 0 unchanged, 0 failed/,
  )
  expectOutput(
    'npx vanban crawl <page> --db ./crawled',
    await crawlLocalPage(project),
    /^1 stored, .* 1 articles, 0 errors/m,
  )
  const { child, url } = await serve(project)
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ directive(code: "85-QD/TW") { code } }' }),
    })
    expectOutput('npx vanban serve answers a query', await response.text(), /"code":"85-QĐ\/TW"/)
  } finally {
    // npx runs vanban in a child of its own: stop the whole group
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
  }
}

try {
  await main()
  rmSync(work, { recursive: true, force: true })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  console.error(`(the installation is kept in ${work})`)
  process.exitCode = 1
}
