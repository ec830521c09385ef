-- Service users for the granary platform (run as SECURITYADMIN / USERADMIN)
USE ROLE USERADMIN;

CREATE USER IF NOT EXISTS SVC_GRANARY_LOADER
  TYPE = SERVICE
  DEFAULT_ROLE = LOADER
  DEFAULT_WAREHOUSE = LOADING
  COMMENT = 'ADF + Spark loaders (key pair)';

-- public key only; the private half stays in Key Vault granary-kv/svc-granary-loader-p8
ALTER USER SVC_GRANARY_LOADER SET RSA_PUBLIC_KEY = '⟦b41a_rsa_public_key_b64:loader⟧';
ALTER USER SVC_GRANARY_LOADER SET RSA_PUBLIC_KEY_2 = '⟦b41a_rsa_public_key_b64:loader2⟧';

-- legacy user for the Power BI gateway; password auth until the gateway supports key pairs
CREATE USER IF NOT EXISTS PBI_GATEWAY
  TYPE = LEGACY_SERVICE
  PASSWORD = 'Granary-PBI-Gateway-2024'
  DEFAULT_ROLE = REPORTING
  MUST_CHANGE_PASSWORD = FALSE;

-- Tableau extracts: PAT instead of password (2026-01)
ALTER USER TABLEAU_EXTRACTS ADD PAT tableau_extracts_pat
  ROLE_RESTRICTION = 'REPORTING'
  DAYS_TO_EXPIRY = 90
  COMMENT = 'Tableau Cloud extracts';
-- output (pasted into the Tableau connection, keep a copy here for the next refresh):
--   token_name            | token_secret
--   TABLEAU_EXTRACTS_PAT  | ⟦b63b_snowflake_pat:tableau⟧

USE ROLE SECURITYADMIN;
GRANT ROLE LOADER TO USER SVC_GRANARY_LOADER;
GRANT ROLE REPORTING TO USER PBI_GATEWAY;
GRANT ROLE REPORTING TO USER TABLEAU_EXTRACTS;

-- network policy for service users
CREATE NETWORK POLICY IF NOT EXISTS GRANARY_SERVICES
  ALLOWED_IP_LIST = ('20.61.14.0/24', '52.157.88.12');
ALTER USER SVC_GRANARY_LOADER SET NETWORK_POLICY = GRANARY_SERVICES;
