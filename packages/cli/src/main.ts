import { runCrawl } from './crawl.ts'
import { runExtract } from './extract.ts'
import { runIngest } from './ingest.ts'
import { runMigrate } from './migrate.ts'
import { runReextract } from './reextract.ts'
import { runServe } from './serve.ts'
import { runStart } from './start.ts'

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  crawl: { run: runCrawl, summary: 'fetch pages and feeds politely, keep them and their articles [--db <target>]' },
  extract: { run: runExtract, summary: 'article text files to gold-shaped JSON (--out <dir>)' },
  ingest: { run: runIngest, summary: 'extract and store article files or folders [--db <target>]' },
  migrate: { run: runMigrate, summary: 'apply pending database migrations [--db <target>]' },
  reextract: { run: runReextract, summary: 'run the current extractor over every stored article [--db <target>]' },
  serve: { run: runServe, summary: 'serve GraphQL at /graphql [--port N] [--db <target>]' },
  start: { run: runStart, summary: 'migrate, load the sample articles if empty, and serve' },
}

const USAGE = `usage: vanban <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`)
  .join('\n')}

Run \`vanban <command> --help\` for a command's options.`

/** The `vanban` command line: dispatches to a command and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    console.error(
      `vanban: unknown command ${JSON.stringify(name)}; expected one of ${Object.keys(COMMANDS).join(', ')}\n\n${USAGE}`,
    )
    return 2
  }
  return command.run(args)
}
