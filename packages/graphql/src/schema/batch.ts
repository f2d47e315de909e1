import type { GraphQLContext } from './context.ts'

type Pending<V> = { ids: Set<number>; result: Promise<Map<number, V>> }

/**
 * Loads a value for many parent ids with one query per request and batch: every call made in
 * the same tick for the same `name` is collected, `load` runs once with all their ids, and each
 * caller gets its own value. This is what keeps counts and look-ups beside a page of records
 * from issuing one query per record.
 */
export function batched<V>(
  context: GraphQLContext,
  name: string,
  id: number,
  load: (ids: number[]) => Promise<Map<number, V>>,
  fallback: V,
): Promise<V> {
  const key = `batch:${name}`
  let pending = context.memo.get(key) as Pending<V> | undefined
  if (pending === undefined) {
    const ids = new Set<number>()
    const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      context.memo.delete(key)
      return load([...ids])
    })
    pending = { ids, result }
    context.memo.set(key, pending)
  }
  pending.ids.add(id)
  return pending.result.then((values) => values.get(id) ?? fallback)
}
