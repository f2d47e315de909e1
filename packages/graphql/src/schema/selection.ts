import {
  type DirectiveNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql'

/**
 * One field a query asks of an object type, with its sub-selection. Fields without arguments are
 * merged by name (`a: organizer { name } b: organizer { kind }` is one read of both); a field with
 * arguments is one entry per response key, with its arguments.
 */
export type SelectedField = {
  name: string
  responseKey: string
  /** Whether the field takes arguments (then it is kept by response key). */
  hasArgs: boolean
  args: Record<string, unknown>
  /** The sub-selection, on the field's named type; empty for a leaf. */
  selection: Selection
}

/** What a query asks of one object type: its fields by name (no arguments) or by response key. */
export type Selection = { type: GraphQLObjectType; fields: Map<string, SelectedField> }

type Variables = Record<string, unknown>

// graphql 17's executors pass `{ sources, coerced }`; older ones the coerced values themselves.
function variablesOf(info: GraphQLResolveInfo): Variables {
  const values = info.variableValues as unknown as { coerced?: Variables } & Variables
  return values.coerced ?? values
}

type Directed = { directives?: readonly DirectiveNode[] | undefined }

// `@skip(if:)` and `@include(if:)`, the directives every executor applies
function included(node: Directed, variables: Variables): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value
    if (name !== 'skip' && name !== 'include') continue
    const value = directive.arguments?.find((a) => a.name.value === 'if')?.value
    const on =
      value?.kind === Kind.VARIABLE ? variables[value.name.value] === true : value?.kind === Kind.BOOLEAN && value.value
    if (name === 'skip' ? on : !on) return false
  }
  return true
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Variables,
): Record<string, unknown> {
  const args: Record<string, unknown> = {}
  for (const def of field.args) {
    const given = node.arguments?.find((a) => a.name.value === def.name)
    if (given === undefined || (given.value.kind === Kind.VARIABLE && !(given.value.name.value in variables))) {
      if (def.defaultValue !== undefined) args[def.name] = def.defaultValue
      continue
    }
    args[def.name] = valueFromAST(given.value, def.type, variables)
  }
  return args
}

/**
 * The selection `selectionSets` make of `type`, fragments spread and `@skip`/`@include` applied,
 * or null when it asks for a field the type does not have (introspection beyond `__typename`).
 */
export function selectionOf(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Selection | null {
  const variables = variablesOf(info)
  const selection: Selection = { type, fields: new Map() }
  const fields = type.getFields()
  const nested = new Map<string, SelectionSetNode[]>()
  const visit = (set: SelectionSetNode): boolean => {
    for (const node of set.selections) {
      if (!included(node, variables)) continue
      if (node.kind === Kind.FIELD) {
        const name = node.name.value
        if (name === '__typename') continue
        const field = fields[name]
        if (field === undefined) return false
        const key = field.args.length === 0 ? name : (node.alias?.value ?? name)
        if (!selection.fields.has(key)) {
          const fieldType = getNamedType(field.type)
          selection.fields.set(key, {
            name,
            responseKey: node.alias?.value ?? name,
            hasArgs: field.args.length > 0,
            args: argumentsOf(field, node, variables),
            selection: { type: isObjectType(fieldType) ? fieldType : type, fields: new Map() },
          })
          nested.set(key, [])
        }
        if (node.selectionSet) nested.get(key)?.push(node.selectionSet)
        continue
      }
      const condition =
        node.kind === Kind.INLINE_FRAGMENT ? node.typeCondition : info.fragments[node.name.value]?.typeCondition
      if (condition !== undefined && !appliesTo(info, condition.name.value, type)) continue
      const fragmentSet =
        node.kind === Kind.INLINE_FRAGMENT ? node.selectionSet : info.fragments[node.name.value]?.selectionSet
      if (fragmentSet === undefined || !visit(fragmentSet)) return false
    }
    return true
  }
  for (const set of selectionSets) if (!visit(set)) return null
  for (const [key, field] of selection.fields) {
    const sets = nested.get(key) ?? []
    if (sets.length === 0) continue
    const fieldType = getNamedType(fields[field.name]?.type)
    // a field of an abstract type is not planned: its rows would need their type told apart
    if (!isObjectType(fieldType)) return null
    const sub = selectionOf(info, fieldType, sets)
    if (sub === null) return null
    field.selection = sub
  }
  return selection
}

function appliesTo(info: GraphQLResolveInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true
  const named = info.schema.getType(condition)
  return named !== undefined && named !== null && isAbstractType(named) && info.schema.isSubType(named, type)
}

/** The selection of the field `info` resolves, on its (object) return type. */
export function fieldSelection(info: GraphQLResolveInfo): Selection | null {
  const type = getNamedType(info.returnType)
  if (!isObjectType(type)) return null
  return selectionOf(
    info,
    type,
    info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
  )
}
