// Publish the monthly studio newsletter draft once the client has approved it in Notion.
// node scripts/publish-newsletter.mjs <post-slug>
import GhostAdminAPI from '@tryghost/admin-api';
import GhostContentAPI from '@tryghost/content-api';

const url = 'https://journal.adaezeokafor.com';

// Custom integration "Notion publisher" (Settings > Integrations)
const admin = new GhostAdminAPI({
  url,
  key: '⟦b39b_ghost_admin_api_key:notion⟧',
  version: 'v5.0',
});

// Content API key is read-only and public (it's in the theme's search.js as well)
const content = new GhostContentAPI({
  url,
  key: '⟦b39b_ghost_content_api_key:theme⟧',
  version: 'v5.0',
});

const slug = process.argv[2];
if (!slug) {
  console.error('usage: publish-newsletter.mjs <slug>');
  process.exit(1);
}

const [draft] = await admin.posts.browse({ filter: `slug:${slug}+status:draft`, limit: 1 });
if (!draft) {
  const live = await content.posts.read({ slug }).catch(() => null);
  console.error(live ? `${slug} is already published` : `no draft called ${slug}`);
  process.exit(1);
}

const updated = await admin.posts.edit(
  { id: draft.id, updated_at: draft.updated_at, status: 'published' },
  { newsletter: 'studio-notes', email_segment: 'status:-free' },
);
console.log(`published ${updated.url} and queued for newsletter`);
