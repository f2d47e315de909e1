import { packageBuild } from '../../tsup.base.ts'

export default packageBuild({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', 'pothos-types': 'src/pothos-types.ts' },
  // import.meta.url finds prisma/migrations from the CommonJS build too
  shims: true,
})
