import { createClient } from '@supabase/supabase-js';
import algoliasearch from 'algoliasearch';

const SUPABASE_URL = 'https://vqxkzmtwpdhrnbsy.supabase.co';

/** Browser-safe: the anon key only has the permissions RLS grants to anonymous users. */
export const SUPABASE_ANON_KEY = '⟦supabase_anon_key⟧';

/** Server only! Bypasses RLS. */
const serviceRoleKey =
  process.env.SUPABASE_SERVICE_ROLE_KEY ??
  '⟦supabase_service_role_key⟧';

export const supabaseAdmin = createClient(SUPABASE_URL, serviceRoleKey, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export const search = algoliasearch('NW7Q2X9K4P', '⟦algolia_search_key⟧');
export const searchAdmin = algoliasearch('NW7Q2X9K4P', process.env.ALGOLIA_ADMIN_KEY || '⟦algolia_admin_key⟧');

export const INDEX_NAME = 'dashboard_items';
export const PRIMARY_KEY = 'objectID';
