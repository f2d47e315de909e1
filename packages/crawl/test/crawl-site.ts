import type { TestTarget } from '@vanban/store/testing'
import { type CrawlRun, crawl, openFrontier } from '../src/index.ts'
import { crawlDatabase } from './databases.ts'
import { startSite, type TestSite } from './site.ts'

/** What a test of one crawl over the local site holds: the site, its database and the first run's result. */
export type CrawledSite = {
  site: TestSite
  database: Awaited<ReturnType<typeof crawlDatabase>>
  result: Awaited<ReturnType<typeof crawl>>
  close(): Promise<void>
}

/**
 * Starts the local site, opens a migrated database of `kind` and crawls it once from `seeds` (paths on the
 * site), so the crawl and feed tests share one set-up. The frontier is closed after the run either way.
 */
export async function crawlSite(
  kind: TestTarget['name'],
  seeds: string[],
  run: Omit<CrawlRun, 'db' | 'frontier' | 'seeds'>,
): Promise<CrawledSite> {
  const site = await startSite()
  const database = await crawlDatabase(kind)
  const frontier = await openFrontier(database.db)
  try {
    const result = await crawl({ ...run, db: database.db, frontier, seeds: seeds.map((path) => `${site.url}${path}`) })
    return {
      site,
      database,
      result,
      async close() {
        await site.close()
        await database.dispose()
      },
    }
  } finally {
    await frontier.close()
  }
}
