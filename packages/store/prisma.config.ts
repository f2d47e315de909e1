import { defineConfig } from 'prisma/config'

// The datasource URL is only read by the commands that connect (`prisma migrate deploy`,
// `prisma migrate status`); `prisma generate` runs without one.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { extensions: true },
  ...(process.env.DATABASE_URL === undefined ? {} : { datasource: { url: process.env.DATABASE_URL } }),
})
