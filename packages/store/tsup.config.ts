import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', 'pothos-types': 'src/pothos-types.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2023',
  // import.meta.url finds prisma/migrations from the CommonJS build too
  shims: true,
})
