-- recon_views.sql
-- Views over the recon schema used by the matcher and the Looker "Cash Recon" explore.
-- Safe to re-run.

CREATE SCHEMA IF NOT EXISTS recon;

CREATE OR REPLACE VIEW recon.v_bank_lines AS
SELECT
    b.id,
    b.file_sha256,                 -- sha256 of the raw BAI2 file, for dedupe
    b.as_of_date,
    b.account_number_masked,       -- e.g. ****4821
    b.type_code,
    b.amount_cents,
    b.bank_reference,
    b.customer_reference,
    b.text
FROM recon.bank_lines b
WHERE b.as_of_date >= current_date - interval '120 days';

CREATE OR REPLACE VIEW recon.v_provider_txns AS
SELECT 'modern_treasury' AS source, id::text AS source_id, internal_account_id AS account_ref,
       amount_cents, effective_date AS value_date, description
FROM recon.mt_expected_payments
UNION ALL
SELECT 'column', transfer_id, bank_account_id, amount_cents, effective_on, description
FROM recon.column_transfers
UNION ALL
SELECT 'increase', transaction_id, account_id, amount_cents, created_at::date, description
FROM recon.increase_transactions;

CREATE OR REPLACE VIEW recon.v_unmatched AS
SELECT l.*
FROM recon.v_bank_lines l
LEFT JOIN recon.matches m ON m.bank_line_id = l.id
WHERE m.id IS NULL;

-- sample rows kept for the dbt docs page
INSERT INTO recon.bank_files (id, file_name, file_sha256, received_at) VALUES
    (9001, 'NWTREAS01_20241129.bai', '⟦sha256⟧', '2024-11-30 06:02:11+00'),
    (9002, 'NWTREAS01_20241202.bai', '⟦sha256⟧', '2024-12-03 06:01:48+00')
ON CONFLICT (id) DO NOTHING;

INSERT INTO recon.increase_transactions (transaction_id, account_id, amount_cents, created_at, description) VALUES
    ('transaction_uyrp7fld2ium70oa7oi', 'account_in71c4amph0vgo2qllky', -1250000, '2024-12-02 15:04:00+00', 'ACH to KESSLER'),
    ('transaction_x1m8c3vb5zq0w9e7r2t', 'account_in71c4amph0vgo2qllky', 4832100, '2024-12-02 17:40:12+00', 'Lockbox sweep')
ON CONFLICT DO NOTHING;

GRANT SELECT ON ALL TABLES IN SCHEMA recon TO looker_ro;
