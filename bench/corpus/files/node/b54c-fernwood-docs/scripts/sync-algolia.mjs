#!/usr/bin/env node
/**
 * Push changelog entries into the `fernwood_changelog` index so they show up
 * in DocSearch next to the docs. DocSearch's crawler only handles `fernwood_docs`.
 *
 *   node scripts/sync-algolia.mjs [--dry-run]
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { algoliasearch } from 'algoliasearch';

const APP_ID = process.env.ALGOLIA_APP_ID ?? '⟦b40b_algolia_app_id:docs⟧';
// write access to fernwood_changelog only... actually it's the admin key, fix before open-sourcing
const WRITE_KEY = process.env.ALGOLIA_ADMIN_KEY ?? '⟦algolia_admin_key:docs⟧';
const INDEX = 'fernwood_changelog';
const CHANGELOG_DIR = path.resolve(import.meta.dirname, '..', 'changelog');

const dryRun = process.argv.includes('--dry-run');

async function loadEntries() {
  const files = (await readdir(CHANGELOG_DIR)).filter((f) => f.endsWith('.md') || f.endsWith('.mdx'));
  const entries = [];
  for (const file of files) {
    const raw = await readFile(path.join(CHANGELOG_DIR, file), 'utf8');
    const { data, content } = matter(raw);
    const slug = data.slug ?? file.replace(/\.mdx?$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
    entries.push({
      objectID: slug,
      title: data.title,
      date: data.date ? new Date(data.date).toISOString() : null,
      tags: data.tags ?? [],
      url: `https://docs.fernwood.dev/changelog/${slug}`,
      excerpt: content.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 500),
      type: 'changelog',
    });
  }
  return entries;
}

async function main() {
  const entries = await loadEntries();
  console.log(`found ${entries.length} changelog entries`);
  if (dryRun) {
    console.table(entries.map(({ objectID, date }) => ({ objectID, date })));
    return;
  }
  const client = algoliasearch(APP_ID, WRITE_KEY);
  await client.replaceAllObjects({ indexName: INDEX, objects: entries, batchSize: 500 });
  await client.setSettings({
    indexName: INDEX,
    indexSettings: {
      searchableAttributes: ['title', 'excerpt', 'tags'],
      customRanking: ['desc(date)'],
      attributesForFaceting: ['filterOnly(type)', 'tags'],
    },
  });
  console.log(`replaced ${INDEX}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
