import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives'
import type { ValidationContext } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { limitError } from './limit-error.ts'
import { useCostLimit } from './use-cost-limit.ts'
import { useMaxBodyBytes } from './use-max-body-bytes.ts'
import { useMaxTokens } from './use-max-tokens.ts'

/** Production limits on what one request may ask for. Every one is on by default. */
export type Limits = {
  /** Deepest field nesting, fragments flattened (introspection's `__schema` not counted). Default 15. */
  maxDepth: number
  /** Aliases in one operation, each fragment counted as often as it is spread. Default 50. */
  maxAliases: number
  /** Directives in one operation, each fragment counted as often as it is spread. Default 50. */
  maxDirectives: number
  /** Lexical tokens in one document. Default 5,000. */
  maxTokens: number
  /** Estimated cost: each field counts once per parent it may be resolved for. Default 25,000. */
  maxCost: number
  /**
   * What one field costs each time it may be resolved, by `Type.field`, where it is not 1.
   * Default: `Query.search` 5,000 (it scans every table's search key), `Article.text` and
   * `Article.body` 10 (an article's text is kilobytes where other fields are bytes). Entries
   * given to `createServer` add to these; set one to 1 to drop it.
   */
  fieldCosts: Readonly<Record<string, number>>
  /** Largest request body, in bytes. Default 1 MiB (an article to ingest fits; a 5 MB body does not). */
  maxBodyBytes: number
  /** Largest `first`/`last` of a connection, and of a directive's `timeline`. Default 100. */
  maxPageSize: number
  /** Errors one response reports before it says how many more there were. Default 20. */
  maxErrors: number
  /** Characters of one error message before it is cut. Default 1,000. */
  maxErrorLength: number
}

/** The default limits, tuned so relay queries three connections deep pass and abuse does not. */
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 15,
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 25_000,
  fieldCosts: { 'Query.search': 5_000, 'Article.text': 10, 'Article.body': 10 },
  maxBodyBytes: 1024 * 1024,
  maxPageSize: 100,
  maxErrors: 20,
  maxErrorLength: 1_000,
}

/** {@link DEFAULT_LIMITS} with `changes` applied; `fieldCosts` entries add to (or override) the default ones. */
export function limitsWith(changes: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...changes, fieldCosts: { ...DEFAULT_LIMITS.fieldCosts, ...changes.fieldCosts } }
}

// Armor's rules report through onReject; its own error says "Syntax Error", so vanban reports
// one that names the limit and what is accepted, with a code and a 400.
function reportAs(message: string, code: string) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(limitError(message, code))],
  }
}

/**
 * The plugins that enforce {@link Limits}: body size before parsing, tokens while parsing
 * (graphql-js's own `maxTokens`), depth, aliases and directives while validating (GraphQL
 * Armor's rules, which visit each fragment once), and cost with the request's variables before
 * executing. Each rejection says which limit was hit and what is accepted.
 */
export function useLimits(limits: Limits): Plugin[] {
  return [
    useMaxBodyBytes(limits.maxBodyBytes),
    useMaxTokens(limits.maxTokens),
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      ...reportAs(
        `the query is nested deeper than ${limits.maxDepth} levels; split it into smaller queries`,
        'DEPTH_LIMIT',
      ),
    }) as Plugin,
    maxAliasesPlugin({
      n: limits.maxAliases,
      allowList: [],
      ...reportAs(
        `the query uses more aliases than the ${limits.maxAliases} accepted (a fragment counts each time it is spread)`,
        'ALIAS_LIMIT',
      ),
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      ...reportAs(
        `the query uses more directives than the ${limits.maxDirectives} accepted (a fragment counts each time it is spread)`,
        'DIRECTIVE_LIMIT',
      ),
    }) as Plugin,
    useCostLimit(limits),
  ]
}
