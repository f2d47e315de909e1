import type { Builder } from './builder.ts'
import type { KeysetOrder, SortDirection } from './keyset.ts'

type Field = { column: string | null; nullable: boolean; date: boolean; description: string }

const ID: Field = { column: null, nullable: false, date: false, description: 'when it was stored' }

/** The fields each list can be ordered by, date first; ties are always broken by id. */
export const ORDER_FIELDS = {
  DirectiveOrder: {
    ISSUED_ON: { column: 'issuedStart', nullable: true, date: true, description: 'issue date (undated last)' },
    CODE: { column: 'code', nullable: false, date: false, description: 'code' },
    CREATED_AT: ID,
  },
  EventOrder: {
    DATE: { column: 'dateStart', nullable: true, date: true, description: 'event date (undated last)' },
    CREATED_AT: ID,
  },
  ArticleOrder: {
    PUBLISHED_AT: {
      column: 'publishedStart',
      nullable: true,
      date: true,
      description: 'publication date (undated last)',
    },
    CREATED_AT: ID,
  },
} satisfies Record<string, Record<string, Field>>

type OrderName = keyof typeof ORDER_FIELDS

/** An `orderBy` argument's value. */
export type OrderArg = { field: string; direction: SortDirection } | null | undefined

/**
 * The keyset order an `orderBy` names for the list `list` (named in its cursors), `fallback`
 * when none is given.
 */
export function keysetOrder(name: OrderName, list: string, arg: OrderArg, fallback: string): KeysetOrder {
  const fields = ORDER_FIELDS[name] as Record<string, Field>
  const fieldName = arg?.field ?? fallback
  const field = fields[fieldName] ?? ID
  return {
    name: `${list}.${fieldName}`,
    column: field.column,
    nullable: field.nullable,
    date: field.date,
    direction: arg?.direction ?? 'desc',
  }
}

/** The order input types (`EventOrder`, `ArticleOrder`, `DirectiveOrder`) and `SortDirection`. */
export function addOrders(builder: Builder) {
  const SortDirection = builder.enumType('SortDirection', {
    values: { ASC: { value: 'asc' as const }, DESC: { value: 'desc' as const } },
  })
  const orderInput = (name: OrderName) => {
    const Field = builder.enumType(`${name}Field`, {
      values: Object.fromEntries(
        Object.entries(ORDER_FIELDS[name]).map(([value, f]) => [value, { value, description: f.description }]),
      ),
    })
    return builder.inputType(name, {
      description: 'A field and direction; ties are broken by id in the same direction.',
      fields: (t) => ({
        field: t.field({ type: Field, required: true }),
        direction: t.field({ type: SortDirection, defaultValue: 'desc', required: true }),
      }),
    })
  }
  return {
    DirectiveOrder: orderInput('DirectiveOrder'),
    EventOrder: orderInput('EventOrder'),
    ArticleOrder: orderInput('ArticleOrder'),
  }
}

/** The order input refs. */
export type Orders = ReturnType<typeof addOrders>
