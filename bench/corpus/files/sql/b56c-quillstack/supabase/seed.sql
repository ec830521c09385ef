-- supabase/seed.sql
-- Runs after migrations on `supabase db reset` (local) and on preview branches.
-- Keep it idempotent. Real customer data NEVER goes in here.

set session_replication_role = replica;

-- ---------------------------------------------------------------------------
-- Auth users (local only). Password for all of them is "password123" — the hashes below are
-- what GoTrue stores; they're here so `supabase db reset` gives you logins.
-- ---------------------------------------------------------------------------
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
values
  ('00000000-0000-0000-0000-000000000000', '⟦uuid:u1⟧', 'authenticated', 'authenticated', 'maya@quillstack.io', '⟦bcrypt_hash:u1⟧', now(), '{"provider":"email","providers":["email"]}', '{"name":"Maya"}', now(), now()),
  ('00000000-0000-0000-0000-000000000000', '⟦uuid:u2⟧', 'authenticated', 'authenticated', 'theo@quillstack.io', '⟦bcrypt_hash:u2⟧', now(), '{"provider":"email","providers":["email"]}', '{"name":"Theo"}', now(), now()),
  ('00000000-0000-0000-0000-000000000000', '⟦uuid:u3⟧', 'authenticated', 'authenticated', 'demo@quillstack.io', '⟦bcrypt_hash:u3⟧', now(), '{"provider":"email","providers":["email"]}', '{"name":"Demo"}', now(), now())
on conflict (id) do nothing;

insert into public.workspaces (id, name, plan, stripe_customer_id)
values
  ('⟦uuid:w1⟧', 'Quillstack HQ', 'team', '⟦b42b_stripe_object_id:cus-hq⟧'),
  ('⟦uuid:w2⟧', 'Demo Workspace', 'free', null)
on conflict (id) do nothing;

insert into public.documents (id, workspace_id, title, body_md, created_by)
values
  ('⟦uuid:d1⟧', '⟦uuid:w1⟧', 'Welcome to Quillstack', '# Welcome\n\nType `/` for commands.', '⟦uuid:u1⟧'),
  ('⟦uuid:d2⟧', '⟦uuid:w2⟧', 'Launch blog post (draft)', 'We are launching...', '⟦uuid:u3⟧')
on conflict (id) do nothing;

-- ---------------------------------------------------------------------------
-- Supabase Vault: edge functions read these via vault.decrypted_secrets.
-- NOTE(maya): copied from prod so the stripe-sync edge function works on preview branches.
--             preview branches share the live Stripe account for now. FIXME before SOC2.
-- ---------------------------------------------------------------------------
select vault.create_secret('⟦stripe_secret_live:vault⟧', 'stripe_secret_key', 'Stripe live secret for stripe-sync');
select vault.create_secret('⟦openai_project_key:vault⟧', 'openai_api_key', 'embeddings backfill');
select vault.create_secret('https://qwkhxzrbnfjtmlpoyave.supabase.co', 'project_url', 'self url for pg_net calls');

-- feature flags mirrored from PostHog so RLS policies can read them
insert into public.feature_flags (key, enabled, rollout)
values ('drafts_v2', true, 100), ('voice_rewrite', true, 25), ('team_comments', false, 0)
on conflict (key) do update set enabled = excluded.enabled, rollout = excluded.rollout;

set session_replication_role = origin;
