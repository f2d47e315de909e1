// `vanban` run from source (`pnpm vanban` in the repository); the published bin runs the build.
import { main } from './main.ts'

process.exitCode = await main(process.argv.slice(2))
