/** A stored record and whether this ingest created it (`false`: it matched an existing one). */
export interface StoredRef {
  readonly id: number
  readonly key: string
  readonly created: boolean
}

/** The article's directives once found or created. */
export interface ResolvedDirectives {
  /** By canonical code as the extraction's citations and relations write it. */
  readonly byCode: Map<string, StoredRef>
  /** Codes attached to the newest of several directives carrying them. */
  readonly ambiguous: Set<string>
}

/** The stored records an article's links point to. */
export interface LinkTargets {
  readonly articleId: number
  readonly directives: ResolvedDirectives
  /** By the extraction's event id. */
  readonly events: Map<string, StoredRef>
  /** By name key. */
  readonly people: Map<string, StoredRef>
}

/** The stored id of the event the extraction calls `id`, if it was stored. */
export function storedEventId(targets: LinkTargets, id: string | null): number | null {
  return id === null ? null : (targets.events.get(id)?.id ?? null)
}
