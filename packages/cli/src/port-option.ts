/** The default port of `vanban serve` and `vanban start`. */
export const DEFAULT_PORT = 4000

/**
 * The port to listen on: `--port` when given, else the `PORT` environment variable, else 4000.
 * A value that is not a whole number from 0 to 65535 is an error naming where it came from,
 * never a silent fall back to the default.
 */
export function portFrom(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { ok: true; port: number } | { ok: false; error: string } {
  const [source, text] =
    option !== undefined ? ['--port', option] : env.PORT !== undefined && env.PORT !== '' ? ['PORT=', env.PORT] : []
  if (source === undefined || text === undefined) return { ok: true, port: DEFAULT_PORT }
  const port = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN
  if (Number.isInteger(port) && port >= 0 && port < 65536) return { ok: true, port }
  const shown = source === '--port' ? `--port ${text}` : `PORT=${text}`
  return { ok: false, error: `${shown}: expected a whole number from 0 to 65535` }
}
