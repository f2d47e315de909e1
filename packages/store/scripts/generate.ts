/**
 * Runs `prisma generate` (the Prisma client and the Pothos types into src/generated/). Prisma's
 * CLI insists on a native schema engine binary even though generation does not use it, and it
 * cannot be downloaded everywhere, so a placeholder stands in unless one is configured.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)))
const prismaCli = createRequire(join(packageDir, 'package.json')).resolve('prisma/build/index.js')

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    // the Pothos generator is a package bin, found on PATH as under `pnpm run`
    PATH: [join(packageDir, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter),
    PRISMA_SCHEMA_ENGINE_BINARY:
      process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? join(packageDir, 'scripts', 'no-schema-engine.sh'),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
})
process.exit(result.status ?? 1)
