import type { Extraction } from '@vanban/core'
import type { Prisma } from '../generated/prisma/client.ts'
import { byKey, concurrentlyStored, type DirectiveRow, isBare, type Plan } from './plan.ts'
import type { ResolvedDirectives, StoredRef } from './records.ts'
import { absorbBareDirective } from './statements/absorb-bare-directive.ts'
import { directiveColumns } from './statements/directive-columns.ts'
import { insertDirectives } from './statements/insert-directives.ts'

/**
 * The directives stage: finds or creates each directive of the extraction. A directive known by
 * its full key (code plus date or term) is stored under that key. A bare code (key = code) joins
 * the one stored directive with that code; with several, the newest, and its citations are marked
 * ambiguous; with none, it is stored under the bare code, and joins the first full-key directive
 * that arrives later. Creating directives of a code is serialized across ingests by an exclusive
 * transaction advisory lock (taken by the article statement); reading them takes it shared.
 */
export async function resolveDirectives(
  tx: Prisma.TransactionClient,
  extraction: Extraction,
  plan: Plan,
  stored: DirectiveRow[],
  warnings: string[],
): Promise<ResolvedDirectives> {
  const byCode = new Map<string, StoredRef>()
  const ambiguous = new Set<string>()
  if (plan.codes.length === 0) return { byCode, ambiguous }
  const withCode = (code: string) => stored.filter((row) => row.code === code)
  const keys = new Set(stored.map((row) => row.key))

  const listed = byKey(extraction.directives.map((d) => [d.key, d] as const))
  const toCreate = listed.filter(([key, d]) => (isBare(key, d.code) ? withCode(d.code).length === 0 : !keys.has(key)))
  // The look-ahead found these codes complete; a directive of theirs vanished since, so try again.
  if (toCreate.some(([, d]) => !plan.exclusive.has(d.code))) throw concurrentlyStored('a directive')
  const created =
    toCreate.length === 0
      ? []
      : await insertDirectives(
          tx,
          toCreate.map(([, d]) => directiveColumns(d)),
        )
  for (const row of created) {
    if (!isBare(row.key, row.code)) await absorbBareOf(tx, row, stored)
  }

  const createdKeys = new Set(created.map((row) => row.key))
  for (const [key, d] of listed) {
    if (isBare(key, d.code) && !createdKeys.has(key)) continue
    const row = created.find((r) => r.key === key) ?? stored.find((r) => r.key === key)
    if (row !== undefined) byCode.set(d.code, { id: row.id, key: row.key, created: createdKeys.has(key) })
  }
  for (const code of plan.codes) {
    if (byCode.has(code)) continue
    const full = withCode(code).filter((row) => !isBare(row.key, row.code))
    const chosen = (full.length > 0 ? full : withCode(code))[0]
    if (chosen === undefined) {
      warnings.push(
        `directive ${code} is cited or related but neither listed in the extraction nor stored; its links were skipped`,
      )
      continue
    }
    if (full.length > 1) ambiguous.add(code)
    byCode.set(code, { id: chosen.id, key: chosen.key, created: false })
  }
  return { byCode, ambiguous }
}

// A directive first stored under its bare code becomes the full-key directive once that is the
// only one with the code, so the order in which articles arrive does not change the result.
async function absorbBareOf(tx: Prisma.TransactionClient, full: DirectiveRow, stored: DirectiveRow[]): Promise<void> {
  const bare = stored.find((row) => row.code === full.code && isBare(row.key, row.code))
  const others = stored.filter((row) => row.code === full.code && !isBare(row.key, row.code) && row.id !== full.id)
  if (bare === undefined || others.length > 0) return
  await absorbBareDirective(tx, full.id, bare.id)
}
