import { encodeGlobalID } from '@pothos/plugin-relay'
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql'
import { type ConnectionFinish, connectionKey, type PlannedConnection, SHAPED_FIELDS } from './sql-shapes.ts'

type Shaped = Record<string, unknown> & { id: number }

/** Whether `parent` is a row shaped by SQL (sql-shapes.ts): only those carry `__typename`. */
export function isShaped(parent: unknown): parent is Shaped {
  return typeof parent === 'object' && parent !== null && '__typename' in parent
}

/**
 * Makes the fields of the shaped types read a shaped row's planned values as properties: its
 * global id from its id, a column or relation from the key of the field's name, a planned
 * connection (by response key) finished into its page. Any other parent, and any field the
 * statement did not plan, goes to the field's own resolver, as before.
 */
export function readShapedRows(schema: GraphQLSchema, connections: Record<string, ConnectionFinish>): GraphQLSchema {
  for (const [typeName, planned] of Object.entries(SHAPED_FIELDS)) {
    const type = schema.getType(typeName)
    if (!isObjectType(type)) continue
    for (const field of Object.values(type.getFields())) {
      const own: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver
      const name = field.name
      const finish = connections[`${typeName}.${name}`]
      if (name === 'id') {
        field.resolve = (parent, args, context, info) =>
          isShaped(parent) ? encodeGlobalID(typeName, parent.id) : own(parent, args, context, info)
      } else if (finish !== undefined) {
        field.resolve = (parent, args, context, info) => {
          const key = isShaped(parent) ? connectionKey(name, String(info.path.key)) : null
          return key !== null && key in (parent as Shaped)
            ? finish((parent as Shaped)[key] as PlannedConnection, args, parent as Shaped)
            : own(parent, args, context, info)
        }
      } else if (planned.includes(name) && field.args.length === 0) {
        field.resolve = (parent, args, context, info) =>
          isShaped(parent) && name in parent ? parent[name] : own(parent, args, context, info)
      }
    }
  }
  return schema
}
