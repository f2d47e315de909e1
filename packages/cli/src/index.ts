/**
 * `@vanban/cli`: the `vanban` command (`extract`, `ingest`, `migrate`, `serve`, `start`). The
 * package's bin runs {@link main}; other tools can call it with an argument list and get the exit
 * code back.
 *
 * @packageDocumentation
 */
export { main } from './main.ts'
