// The Pothos types of the Prisma schema, under names (a type-only default export does not survive
// the CommonJS build's declarations).
export type { default as PrismaTypes } from './generated/pothos-types.ts'
export { getDatamodel } from './generated/pothos-types.ts'
