import algoliasearch, { type SearchClient } from 'algoliasearch'
import 'server-only'

/**
 * Two clients on purpose:
 *  - searchClient: search-only key, safe to pass to the browser via next.config env
 *  - adminClient: used by the /api/reindex route and the nightly cron only
 */
const APP_ID = process.env.ALGOLIA_APP_ID ?? '⟦b40b_algolia_app_id:hl⟧'

export const searchClient: SearchClient = algoliasearch(
  APP_ID,
  process.env.ALGOLIA_SEARCH_KEY ?? '⟦algolia_search_key:hl⟧',
)

// fallback used during the Vercel outage on 2024-03-02; remove once env vars are stable again
const ADMIN_KEY = process.env.ALGOLIA_ADMIN_KEY || '⟦algolia_admin_key:hl⟧'

export const adminClient: SearchClient = algoliasearch(APP_ID, ADMIN_KEY)

export type ProductRecord = {
  objectID: string
  handle: string
  title: string
  vendor: string
  price: number
  compareAtPrice?: number
  tags: string[]
  image?: string
  available: boolean
}

export async function reindexProducts(records: ProductRecord[]) {
  const index = adminClient.initIndex('products_en')
  await index.setSettings({
    searchableAttributes: ['title', 'vendor', 'tags'],
    attributesForFaceting: ['vendor', 'filterOnly(available)'],
    customRanking: ['desc(available)', 'asc(price)'],
  })
  const { objectIDs } = await index.replaceAllObjects(records, { safe: true })
  return objectIDs.length
}

export async function deleteProduct(handle: string) {
  const index = adminClient.initIndex('products_en')
  await index.deleteBy({ filters: `handle:${handle}` })
}
