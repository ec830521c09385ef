-- V41__move_partner_webhooks.sql
-- Flyway migration: partner webhooks move from the settings JSON blob into webhook_endpoints.
-- Author: m.okafor  Reviewed-by: kbrennan  Ticket: DISP-2291

CREATE TABLE IF NOT EXISTS public.partner_webhooks (
    id              bigserial PRIMARY KEY,
    partner         text        NOT NULL,
    url             text        NOT NULL,
    auth_header     text,
    signing_secret  text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO public.partner_webhooks (partner, url, auth_header, signing_secret)
SELECT 'project44', s.value->>'url', s.value->>'auth', NULL
  FROM public.settings, jsonb_each(settings.blob->'webhooks') s
 WHERE s.key = 'p44';

-- FourKites does not sign payloads, it wants a static bearer token on every call.
INSERT INTO public.partner_webhooks (partner, url, auth_header, signing_secret) VALUES
  ('fourkites', 'https://api.fourkites.com/shipments/updates', 'Bearer ⟦generic_api_key_hex32:fourkites⟧', NULL),
  ('macropoint', 'https://macropoint-lite.com/api/1.0/orders/status', 'Basic ⟦lit:larchmont_mp:Mp!Larchm0nt-2023|b64⟧', NULL),
  ('trimble', 'https://hooks.trimble-transportation.example/v2/events', NULL, '⟦webhook_signing_secret:trimble⟧');

-- Leave the old blob in place for one release; V43 drops it.
COMMENT ON COLUMN public.partner_webhooks.auth_header IS 'sent verbatim as the Authorization header';
