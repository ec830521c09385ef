-- Seed: emission factors pinned for the FY2024 reports (so re-runs are reproducible even if
-- Climatiq publishes a new data version). Source ids are Climatiq emission-factor ids; the
-- checksum is SHA-256 over the factor JSON we received, for the audit trail.

CREATE TABLE IF NOT EXISTS esg.pinned_emission_factors (
    factor_id        VARCHAR(64) PRIMARY KEY,
    activity_id      VARCHAR(256) NOT NULL,
    region           VARCHAR(16)  NOT NULL,
    year             SMALLINT     NOT NULL,
    source           VARCHAR(64)  NOT NULL,
    co2e_per_unit    NUMERIC(18,8) NOT NULL,
    unit             VARCHAR(16)  NOT NULL,
    payload_sha256   CHAR(64)     NOT NULL,
    pinned_at        TIMESTAMP    DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO esg.pinned_emission_factors (factor_id, activity_id, region, year, source, co2e_per_unit, unit, payload_sha256) VALUES
  ('⟦uuid:f1⟧', 'electricity-supply_grid-source_supplier_mix', 'DE', 2023, 'UBA',      0.38000000, 'kWh', '⟦sha256:f1⟧'),
  ('⟦uuid:f2⟧', 'electricity-supply_grid-source_supplier_mix', 'GB', 2024, 'BEIS',     0.20705000, 'kWh', '⟦sha256:f2⟧'),
  ('⟦uuid:f3⟧', 'electricity-supply_grid-source_supplier_mix', 'NL', 2023, 'AIB',      0.32800000, 'kWh', '⟦sha256:f3⟧'),
  ('⟦uuid:f4⟧', 'electricity-supply_grid-source_residual_mix', 'BE', 2023, 'AIB',      0.15600000, 'kWh', '⟦sha256:f4⟧'),
  ('⟦uuid:f5⟧', 'electricity-supply_grid-source_production_mix', 'US-CAMX', 2022, 'EPA eGRID', 0.21300000, 'kWh', '⟦sha256:f5⟧'),
  ('⟦uuid:f6⟧', 'electricity-supply_grid-source_production_mix', 'US-ERCT', 2022, 'EPA eGRID', 0.37400000, 'kWh', '⟦sha256:f6⟧');
