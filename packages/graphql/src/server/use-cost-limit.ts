import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { limitError } from './limit-error.ts'

/** What {@link estimateCost} needs of the limits. */
export type CostModel = {
  /** Largest page a connection serves. */
  maxPageSize: number
  /** What a field costs each time it may be resolved, by `Type.field`, where it is not 1. */
  fieldCosts?: Readonly<Record<string, number>>
}

// Fields of list type that are not connections (an event's directives) are charged as if they
// held this many items; connections and `first`-capped lists as many as their page.
const LIST_ESTIMATE = 10
const DEFAULT_PAGE = 20

function argumentNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (value?.kind === Kind.INT) return Number(value.value)
  if (value?.kind !== Kind.VARIABLE) return undefined
  const v = variables[value.name.value]
  return typeof v === 'number' ? v : undefined
}

// How many times the children of `field` may be resolved per parent: a page for a field with
// `first` (as asked, else its default, else 20; at most the largest page), 10 for a plain list.
function itemsPerParent(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  asked: ValueNode | undefined,
  variables: Record<string, unknown>,
  maxPageSize: number,
): number {
  const first = field.args.find((a) => a.name === 'first')
  if (first !== undefined) {
    const fallback = typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE
    // a page over the maximum is refused by the field itself, with its own message
    return Math.max(Math.min(argumentNumber(asked, variables) ?? fallback, maxPageSize), 1)
  }
  // a connection's `edges` list is the page its field was already charged for
  const isPage = (isObjectType(parent) || isInterfaceType(parent)) && 'pageInfo' in parent.getFields()
  const type = isNonNullType(field.type) ? field.type.ofType : field.type
  return isListType(type) && !isPage ? LIST_ESTIMATE : 1
}

/**
 * The estimated cost of an operation: every field counts its cost (1 unless `fieldCosts` says
 * otherwise) for each parent it may be resolved for, where a connection multiplies its children
 * by its page size and a plain list by 10; abstract types charge every fragment. Each fragment
 * is priced once per type it is spread on (cost is linear in the multiplier), so a document
 * that spreads fragments exponentially often is priced in time linear in its size.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  )
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return 0
  const root = schema.getRootType(operation.operation)
  if (root == null) return 0
  const fieldCosts = model.fieldCosts ?? {}
  const priced = new Map<string, number>()

  const fragmentCost = (name: string, type: GraphQLCompositeType): number => {
    const fragment = fragments.get(name)
    const key = `${name}@${type.name}`
    const known = priced.get(key)
    if (known !== undefined || fragment === undefined) return known ?? 0
    priced.set(key, 0) // a cycle (refused by validation before this runs) would price as 0
    const cost = unitCost(conditionType(fragment, type), fragment.selectionSet)
    priced.set(key, cost)
    return cost
  }

  const conditionType = (
    fragment: { typeCondition?: { name: { value: string } } | undefined },
    type: GraphQLCompositeType,
  ): GraphQLCompositeType => {
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type
    return condition !== undefined && condition !== null && isCompositeType(condition) ? condition : type
  }

  // The cost of a selection set resolved once on `type`.
  const unitCost = (type: GraphQLCompositeType, selectionSet: SelectionSetNode): number => {
    let total = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) total += fragmentCost(selection.name.value, type)
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        total += unitCost(conditionType(selection, type), selection.selectionSet)
      else if (!selection.name.value.startsWith('__')) {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined
        total += fieldCosts[`${type.name}.${selection.name.value}`] ?? 1
        const child = field && getNamedType(field.type)
        if (field === undefined || selection.selectionSet === undefined || !isCompositeType(child)) continue
        const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')
        const items = itemsPerParent(type, field, first?.value, variables, model.maxPageSize)
        total += items * unitCost(child, selection.selectionSet)
      }
    }
    return total
  }
  return unitCost(root, operation.selectionSet)
}

/** Refuses, before executing, an operation whose {@link estimateCost} exceeds `maxCost`. */
export function useCostLimit(limits: CostModel & { maxCost: number }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>
      const cost = estimateCost(args.schema, args.document, args.operationName, variables, limits)
      if (cost <= limits.maxCost) return
      const message = `the query's estimated cost exceeds ${limits.maxCost}; ask for smaller pages or fewer nested connections`
      setResultAndStopExecution({ errors: [limitError(message, 'COST_LIMIT')] })
    },
  }
}
