-- Seed for the OIC lookup "GMI_BROKER_CODES" mirrored in the integration ops DB (Postgres)
-- ids are Guidewire public ids and broker FCA reference numbers; no credentials here.
BEGIN;

CREATE TABLE IF NOT EXISTS oic_lookup_broker (
    broker_code       varchar(16) PRIMARY KEY,
    fca_ref           varchar(10) NOT NULL,
    gw_contact_id     varchar(32) NOT NULL,
    channel           varchar(12) NOT NULL,
    correlation_uuid  uuid        NOT NULL,
    payload_sha256    char(64)
);

INSERT INTO oic_lookup_broker VALUES
  ('BRK-HOWDEN',  '312584', 'cc:ABContact:88120', 'API',  '⟦uuid:b1⟧', '⟦sha256:p1⟧'),
  ('BRK-GALLAGH', '311702', 'cc:ABContact:88121', 'SFTP', '⟦uuid:b2⟧', '⟦sha256:p2⟧'),
  ('BRK-MARSH',   '307321', 'cc:ABContact:88125', 'API',  '⟦uuid:b3⟧', '⟦sha256:p3⟧'),
  ('BRK-AON',     '310451', 'cc:ABContact:88131', 'EMS',  '⟦uuid:b4⟧', NULL),
  ('BRK-LOCKTON', '309892', 'cc:ABContact:88140', 'SFTP', '⟦uuid:b5⟧', '⟦sha256:p5⟧');

COMMIT;
