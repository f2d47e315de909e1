import { parseArgs, type ParseArgsConfig } from 'node:util'

/** A command's arguments, or what was wrong with them. */
export type ParsedArgs<Options> =
  | { ok: true; values: Options; positionals: string[] }
  | { ok: false; error: string }

/**
 * Parses a command's arguments strictly (unknown options are errors), returning the error as a
 * value so that each command prints it with its usage.
 */
export function parseCommandArgs<Options>(args: string[], options: ParseArgsConfig['options']): ParsedArgs<Options> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { ok: true, values: values as Options, positionals }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** Prints an argument error and the usage, and gives exit code 2. */
export function usageError(message: string, usage: string): number {
  console.error(`vanban: ${message}\n\n${usage}`)
  return 2
}
