import { findDirectiveCodes } from '@vanban/core'
for (const t of process.argv.slice(2)) console.log(t, '=>', findDirectiveCodes(t).map((c) => c.parts?.code ?? JSON.stringify(c)))
