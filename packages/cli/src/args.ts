import { type ParseArgsConfig, parseArgs } from 'node:util'

// A command's arguments, or what was wrong with them.
type ParsedArgs<Options> = { ok: true; values: Options; positionals: string[] } | { ok: false; error: string }

// Parses a command's arguments strictly (unknown options are errors), returning the error as a
// value so that the command prints it with its usage.
function parseCommandArgs<Options>(args: string[], options: ParseArgsConfig['options']): ParsedArgs<Options> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { ok: true, values: values as Options, positionals }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * A command's options and positionals once `-h`/`--help` and bad arguments are dealt with: for
 * help the usage is printed (exit code 0), an argument error is printed with the usage (exit
 * code 2), and the exit code is given instead. Every command takes `-h`; one that takes no
 * positional arguments (`positionals: false`) refuses them.
 */
export function readCommand<Options>(
  args: string[],
  options: ParseArgsConfig['options'],
  usage: string,
  positionals: boolean,
): { values: Options; positionals: string[] } | number {
  const parsed = parseCommandArgs<Options & { help?: boolean }>(args, {
    ...options,
    help: { type: 'boolean', short: 'h' },
  })
  if (!parsed.ok) return usageError(parsed.error, usage)
  if (parsed.values.help === true) {
    console.log(usage)
    return 0
  }
  if (!positionals && parsed.positionals.length > 0)
    return usageError(`unexpected argument ${parsed.positionals[0]}`, usage)
  return { values: parsed.values, positionals: parsed.positionals }
}

/** Prints an argument error and the usage, and gives exit code 2. */
export function usageError(message: string, usage: string): number {
  console.error(`vanban: ${message}\n\n${usage}`)
  return 2
}
