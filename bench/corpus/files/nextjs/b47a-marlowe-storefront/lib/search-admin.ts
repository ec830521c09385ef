import 'server-only';

// Server-side helpers for the Journal (Elastic App Search) and the Searchspring A/B arm.
// The search-only keys are public and live in the widget; the private ones must never reach the client.

export const appSearch = {
  endpoint: 'https://mf-blog.ent.us-east-2.aws.elastic-cloud.com',
  engine: 'mf-journal',
  searchKey: '⟦b47a_appsearch_search_key:mf⟧',
  privateKey: process.env.APP_SEARCH_PRIVATE_KEY ?? '⟦b47a_appsearch_private_key:mf⟧',
};

export const searchspring = {
  siteId: '⟦b47a_searchspring_site_id:mf⟧',
  secretKey: process.env.SEARCHSPRING_SECRET_KEY ?? '⟦b47a_searchspring_secret_key:mf⟧',
};

export async function indexJournalPosts(posts: Array<{ id: string; title: string; body: string; url: string }>) {
  const res = await fetch(`${appSearch.endpoint}/api/as/v1/engines/${appSearch.engine}/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${appSearch.privateKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(posts),
  });
  if (!res.ok) throw new Error(`app search ${res.status}`);
  return res.json();
}

export async function pushSearchspringFeed(feedId: string, products: unknown[]) {
  const auth = Buffer.from(`${searchspring.siteId}:${searchspring.secretKey}`).toString('base64');
  const res = await fetch(`https://index-api.searchspring.net/api/index/upsert.json?feedId=${feedId}`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ products }),
  });
  if (!res.ok) throw new Error(`searchspring ${res.status}`);
}
