-- Restauration manuelle après la migration Prisma ratée du 9 janvier
-- (les sessions Shopify ont été perdues, on réinsère la session hors ligne de la boutique)
BEGIN;

DELETE FROM "Session" WHERE shop = 'erabliere-gagnon.myshopify.com';

INSERT INTO "Session" (id, shop, state, "isOnline", scope, expires, "accessToken", "userId")
VALUES (
  'offline_erabliere-gagnon.myshopify.com',
  'erabliere-gagnon.myshopify.com',
  '⟦b62c_uuid:state⟧',
  false,
  'read_orders,write_fulfillments,read_products,write_shipping',
  NULL,
  '⟦shopify_admin_token:shop⟧',
  NULL
);

INSERT INTO carrier_accounts (carrier, label, customer_number, contract_id, active)
VALUES
  ('canadapost', 'Contrat Solutions PME', '0009876543', '0044112233', true),
  ('chitchats',  'Dépôt Montréal',        '418822',     NULL,          true);

-- mot de passe de l'utilisateur de lecture pour Metabase
CREATE ROLE metabase_ro LOGIN PASSWORD 'Erable#Lecture2024';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;

COMMIT;
