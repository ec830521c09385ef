-- 0042: integraatiot-taulu ja ensimmäiset rivit (siirretty vanhasta settings.py:stä)
CREATE TABLE IF NOT EXISTS integraatiot (
    id           SERIAL PRIMARY KEY,
    nimi         TEXT NOT NULL UNIQUE,
    client_id    TEXT,
    salaisuus    TEXT,
    paivitetty   TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO integraatiot (nimi, client_id, salaisuus) VALUES
  ('visma',     'kiltalaskutusoy',               '⟦b58b_visma_client_secret:seed⟧'),
  ('signicat',  'prod-quiet-otter-512',          '⟦b62a_signicat_client_secret⟧'),
  ('storecove', NULL,                             NULL),
  ('criipto',   'urn:kiltalaskutus:portaali:prod', NULL);

-- Ylläpitäjä (salasana bcrypt-tiivisteenä, Djangon oma muoto)
INSERT INTO auth_user (username, email, password, is_superuser, is_staff, is_active, date_joined, first_name, last_name)
VALUES ('ville', 'ville.korhonen@kiltalaskutus.fi', 'bcrypt_sha256$⟦bcrypt_hash:ville⟧', true, true, true, now(), 'Ville', 'Korhonen');
