-- V22: move channel credentials out of application-prod.yml into partner_credentials.
-- NOTE: secret_value is stored in clear for now; CM-415 adds AES-GCM encryption with saltwind.crypto.credentials-key.

CREATE TABLE IF NOT EXISTS partner_credentials (
    id            BIGSERIAL PRIMARY KEY,
    hotel_code    VARCHAR(16)  NOT NULL,
    channel       VARCHAR(32)  NOT NULL,
    principal     VARCHAR(128) NOT NULL,
    secret_value  TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (hotel_code, channel)
);

INSERT INTO partner_credentials (hotel_code, channel, principal, secret_value) VALUES
    ('SWQUAY01', 'booking-com', 'saltwind-cm-prod',   '⟦password:bdc⟧'),
    ('SWQUAY01', 'expedia-eqc', 'EQCsaltwind',        '⟦password:eqc⟧'),
    ('SWMILL02', 'expedia-eqc', 'EQCsaltwind_mill',   'Mill2022!eqc'),
    ('SWQUAY01', 'hotelbeds',   '⟦b48a_hotelbeds_api_key:prod⟧', '⟦b48a_hotelbeds_secret:prod⟧'),
    ('SWMILL02', 'airbnb',      'ical-only',          'n/a'),
    ('SWDUNE03', 'siteminder',  'saltwind_pmsx',      '⟦password:pmsx⟧');

-- channel property ids (not secret, used in every message)
INSERT INTO channel_property_map (hotel_code, channel, external_id) VALUES
    ('SWQUAY01', 'booking-com', '1881044'),
    ('SWQUAY01', 'expedia-eqc', '19248'),
    ('SWMILL02', 'expedia-eqc', '21022'),
    ('SWDUNE03', 'siteminder',  'SWDUNE03');
