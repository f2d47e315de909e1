import { createHash, timingSafeEqual } from 'node:crypto'

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest()
}

/** The API keys from `VANBAN_API_KEYS` (comma-separated), blanks dropped. */
export function apiKeysFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.VANBAN_API_KEYS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0)
}

/**
 * Checks `Authorization: Bearer <key>` against the configured keys, comparing digests in
 * constant time so the response time says nothing about how much of a key was right.
 */
export function createKeyCheck(keys: readonly string[]): (authorization: string | null) => boolean {
  const digests = keys.map(digest)
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    if (match === null || digests.length === 0) return false
    const candidate = digest(match[1] ?? '')
    let found = false
    for (const known of digests) found = timingSafeEqual(known, candidate) || found
    return found
  }
}

/**
 * Warns that no API key is configured (an empty or unset `VANBAN_API_KEYS`): the gateway then
 * refuses every mutation, which an operator should hear at start.
 */
export function warnNoKeys(): void {
  process.emitWarning('no API keys are configured (VANBAN_API_KEYS is empty): every mutation will be refused', {
    code: 'VANBAN_NO_API_KEYS',
  })
}
