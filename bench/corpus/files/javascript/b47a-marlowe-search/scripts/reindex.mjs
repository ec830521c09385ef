#!/usr/bin/env node
// Full catalog push to Constructor (A/B test vs Algolia) and the internal Typesense used by
// the B2B quick-order pad. Usage: node scripts/reindex.mjs [--only=constructor|typesense]
import ConstructorIOClient from '@constructor-io/constructorio-node';
import Typesense from 'typesense';
import { fetchAllProducts } from '../lib/bigcommerce.mjs';

const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];

const constructorio = new ConstructorIOClient({
  apiKey: '⟦b47a_constructor_api_key:mf⟧',
  apiToken: process.env.CNSTRC_API_TOKEN ?? '⟦b47a_constructor_api_token:mf⟧',
});

const typesense = new Typesense.Client({
  nodes: [{ host: 'search-b2b.marloweandfinch.com', port: 443, protocol: 'https' }],
  apiKey: process.env.TYPESENSE_ADMIN_KEY || '⟦b39b_typesense_api_key:b2b⟧',
  connectionTimeoutSeconds: 10,
});

const products = await fetchAllProducts();
console.log(`fetched ${products.length} products from BigCommerce`);

if (!only || only === 'constructor') {
  const items = products.map((p) => ({
    id: String(p.id),
    name: p.name,
    data: {
      url: p.custom_url.url,
      image_url: p.images?.[0]?.url_standard,
      price: p.calculated_price,
      brand: p.brand_name,
      group_ids: p.categories.map(String),
      facets: { colour: p.colour ?? [], material: p.material ?? [] },
    },
  }));
  for (let i = 0; i < items.length; i += 1000) {
    await constructorio.catalog.createOrReplaceItems({ items: items.slice(i, i + 1000), section: 'Products' });
  }
  console.log('constructor: done');
}

if (!only || only === 'typesense') {
  const docs = products.map((p) => ({ id: String(p.id), sku: p.sku, name: p.name, price: p.calculated_price, in_stock: p.inventory_level > 0 }));
  const res = await typesense.collections('products_b2b').documents().import(docs, { action: 'upsert' });
  console.log('typesense:', res.filter((r) => !r.success).length, 'failures');
}
