import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'

/** Production limits on what one request may ask for. Every one is on by default. */
export type Limits = {
  /** Deepest field nesting (introspection fields not counted). Default 15. */
  maxDepth: number
  /** Aliases in one document. Default 50. */
  maxAliases: number
  /** Directives in one document. Default 50. */
  maxDirectives: number
  /** Lexical tokens in one document. Default 5,000. */
  maxTokens: number
  /** Estimated cost: each field counts once per parent it may be resolved for. Default 25,000. */
  maxCost: number
  /** Largest request body, in bytes. Default 1 MiB (an article to ingest fits; a 5 MB body does not). */
  maxBodyBytes: number
  /** Largest `first`/`last` of a connection. Default 100. */
  maxPageSize: number
}

/** The default limits, tuned so relay queries three connections deep pass and abuse does not. */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 15,
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 25_000,
  maxBodyBytes: 1024 * 1024,
  maxPageSize: 100,
}

// Fields of list type that are not connections (an event's directives) are charged as if they
// held this many items; connections as many as their page.
const LIST_ESTIMATE = 10
const DEFAULT_PAGE = 20

function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } })
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  return fragments
}

// Depth of a selection set, following fragment spreads (each at most once per path, so a
// fragment cycle, reported by graphql's own rule, cannot loop here).
function depthOf(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
  limit: number,
  depth: number,
): number {
  if (depth > limit) return depth
  let deepest = depth
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') || selection.selectionSet === undefined) continue
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen, limit, depth + 1))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen, limit, depth))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (fragment === undefined || seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name]), limit, depth))
    }
    if (deepest > limit) return deepest
  }
  return deepest
}

/** A validation rule: no operation nests fields deeper than `maxDepth`. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument())
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set(), maxDepth, 1)
        if (depth > maxDepth) {
          context.reportError(
            limitError(
              `the query is nested deeper than ${maxDepth} levels; split it into smaller queries`,
              'DEPTH_LIMIT',
            ),
          )
        }
      },
    }
  }
}

/** A validation rule: at most `maxAliases` aliases and `maxDirectives` directives in a document. */
export function aliasAndDirectiveLimitRule(maxAliases: number, maxDirectives: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    let directives = 0
    return {
      Field(node) {
        if (node.alias !== undefined) aliases += 1
      },
      Directive() {
        directives += 1
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              limitError(`the query uses ${aliases} aliases; at most ${maxAliases} are accepted`, 'ALIAS_LIMIT'),
            )
          }
          if (directives > maxDirectives) {
            context.reportError(
              limitError(
                `the query uses ${directives} directives; at most ${maxDirectives} are accepted`,
                'DIRECTIVE_LIMIT',
              ),
            )
          }
        },
      },
    }
  }
}

function unwrapsToList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type
  return isListType(inner)
}

function argumentNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (value === undefined) return undefined
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value]
    return typeof v === 'number' ? v : undefined
  }
  return undefined
}

/**
 * The estimated cost of an operation: every field counts 1 for each parent it may be resolved
 * for, where a connection multiplies its children by its page size (`first`, else 20, at most
 * `maxPageSize`) and a plain list by 10. Abstract types charge their costliest fragment.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  ceiling: number,
  maxPageSize = DEFAULT_LIMITS.maxPageSize,
): number {
  const fragments = fragmentsOf(document)
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (operationName == null || d.name?.value === operationName),
  )
  if (operation === undefined || operation.kind !== Kind.OPERATION_DEFINITION) return 0
  const root = schema.getRootType(operation.operation)
  if (root === undefined || root === null) return 0

  const costOf = (
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    multiplier: number,
    seen: Set<string>,
  ): number => {
    let total = 0
    for (const selection of selectionSet.selections) {
      if (total > ceiling) return total
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value
        if (name.startsWith('__')) continue
        total += multiplier
        if (selection.selectionSet === undefined || !(isObjectType(type) || isInterfaceType(type))) continue
        const field = type.getFields()[name]
        if (field === undefined) continue
        const hasPaging = field.args.some((a) => a.name === 'first')
        const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')
        // a connection's `edges` list is the page its field was already charged for
        const isPage = 'pageInfo' in type.getFields()
        const size = hasPaging
          ? // a page over the maximum is refused by the field itself, with its own message
            Math.min(argumentNumber(first?.value, variables) ?? DEFAULT_PAGE, maxPageSize)
          : unwrapsToList(field.type) && !isPage
            ? LIST_ESTIMATE
            : 1
        const child = getNamedType(field.type)
        if (isObjectType(child) || isAbstractType(child))
          total += costOf(child, selection.selectionSet, multiplier * Math.max(size, 1), seen)
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value)
        if (fragment === undefined) continue
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          if (seen.has(selection.name.value)) continue
        }
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type
        const target = condition && (isObjectType(condition) || isAbstractType(condition)) ? condition : type
        const nextSeen = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen
        total += costOf(target, fragment.selectionSet, multiplier, nextSeen)
      }
    }
    return total
  }
  return costOf(root, operation.selectionSet, 1, new Set())
}

/**
 * The yoga plugin that enforces {@link Limits}: body size before parsing, tokens while parsing,
 * depth, aliases and directives while validating, and cost with the request's variables before
 * executing. Each rejection says which limit was hit and what is accepted.
 */
export function useLimits(limits: Limits): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0)
      if (length > limits.maxBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `the request body is ${length} bytes; at most ${limits.maxBodyBytes} are accepted`,
                  extensions: { code: 'BODY_TOO_LARGE' },
                },
              ],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        )
      }
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens })
        } catch (error) {
          if (error instanceof GraphQLError && /more than \d+ tokens/.test(error.message)) {
            throw limitError(`the query has more than ${limits.maxTokens} tokens; send a smaller query`, 'TOKEN_LIMIT')
          }
          throw error
        }
      })
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(limits.maxDepth))
      addValidationRule(aliasAndDirectiveLimitRule(limits.maxAliases, limits.maxDirectives))
    },
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
        limits.maxCost,
        limits.maxPageSize,
      )
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(
              `the query's estimated cost exceeds ${limits.maxCost}; ask for smaller pages or fewer nested connections`,
              'COST_LIMIT',
            ),
          ],
        })
      }
    },
  }
}
