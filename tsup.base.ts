import { defineConfig, type Options } from 'tsup'

/**
 * How every vanban package is built: ESM and CommonJS with declarations and source maps, for the
 * Node versions the packages support. `entry` defaults to `src/index.ts`.
 */
export function packageBuild(options: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2023',
    ...options,
  })
}
