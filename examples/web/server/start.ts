import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer as createGateway, listen } from '@vanban/graphql'
import { ingestFiles, migrate, openDatabase } from '@vanban/store'
import { webDistDir } from './web-server.ts'

/** The project's own sample articles, loaded into an empty database. */
export const sampleArticlesDir: string = fileURLToPath(
  new URL('../../../packages/extract/fixtures/articles', import.meta.url),
)

/** What {@link startWeb} starts. */
export type StartOptions = {
  /** A `postgres://` URL or a PGlite folder; `DATABASE_URL`, then `./.vanban/db`, when omitted. */
  db?: string
  /** Port to listen on; 0 picks a free one. Default 4173. */
  port?: number
  /** Address to listen on. Default 127.0.0.1. */
  host?: string
  /** The built app; default {@link webDistDir}. */
  distDir?: string
  /** Article files to ingest when the database has no article yet; default every `.txt` in {@link sampleArticlesDir}. */
  samples?: readonly string[]
  /** Keys accepted for `ingestArticle`; none by default, so the app is read-only. */
  apiKeys?: readonly string[]
}

/** A running gateway with the web app beside it. */
export type RunningWeb = {
  /** The app's address, `http://127.0.0.1:4173/`; GraphQL at `${url}graphql`. */
  url: string
  /** Stops listening and closes the database. */
  close(): Promise<void>
}

async function sampleFiles(): Promise<string[]> {
  const names = await readdir(sampleArticlesDir)
  return names
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(sampleArticlesDir, n))
}

/**
 * Opens and migrates the database, loads sample articles into it when it is empty, and serves
 * the GraphQL gateway and the built web app on one port, as an outside team would deploy them.
 */
export async function startWeb(options: StartOptions = {}): Promise<RunningWeb> {
  const db = await openDatabase(options.db)
  try {
    await migrate(db)
    if ((await db.prisma.article.count()) === 0) {
      await ingestFiles(db.prisma, [...(options.samples ?? (await sampleFiles()))])
    }
    const gateway = createGateway({ prisma: db.prisma, apiKeys: [...(options.apiKeys ?? [])] })
    const listening = await listen(gateway, {
      port: options.port ?? 4173,
      host: options.host ?? '127.0.0.1',
      staticDir: options.distDir ?? webDistDir,
    })
    return {
      url: `${listening.url}/`,
      close: async () => {
        await listening.close()
        await db.close()
      },
    }
  } catch (error) {
    await db.close()
    throw error
  }
}
