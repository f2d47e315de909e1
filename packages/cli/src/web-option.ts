import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The `--web` option of `vanban serve` and `vanban start`. */
export const WEB_OPTION = { web: { type: 'string' } } as const

/** Help text for `--web`. */
export const WEB_HELP = `--web <dir>    a built web app (such as examples/web/dist) to serve beside the gateway at /`

/** The `--web` folder to serve, or an error when it holds no built app. */
export function webFromOption(
  web: string | undefined,
): { ok: true; staticDir: string | undefined } | { ok: false; error: string } {
  if (web !== undefined && !existsSync(join(web, 'index.html'))) {
    return { ok: false, error: `--web ${web}: no index.html there (build the app first)` }
  }
  return { ok: true, staticDir: web }
}
