-- Flyway V12 : table des paramètres partenaires (remplace les properties éparpillées)
-- Auteur : T. Favre, 2023-09-14

CREATE TABLE IF NOT EXISTS parametre_partenaire (
    id           SERIAL PRIMARY KEY,
    partenaire   VARCHAR(40)  NOT NULL,
    cle          VARCHAR(80)  NOT NULL,
    valeur       TEXT         NOT NULL,
    sensible     BOOLEAN      NOT NULL DEFAULT FALSE,
    modifie_le   TIMESTAMP    NOT NULL DEFAULT now(),
    UNIQUE (partenaire, cle)
);

INSERT INTO parametre_partenaire (partenaire, cle, valeur, sensible) VALUES
  ('abacus',   'base_url',      'https://abacus.lemanique.local:40001/api/entity/v1/mandants/7777', false),
  ('abacus',   'client_id',     '⟦uuid:abacus-client⟧', false),
  ('abacus',   'client_secret', '⟦b63a_abacus_client_secret:v12⟧', true),
  ('swisscom', 'sms_client_id', '⟦b63a_swisscom_app_key:v12⟧', true),
  ('swisscom', 'sms_secret',    '⟦b63a_swisscom_app_secret:v12⟧', true),
  ('swisscom', 'sender',        'Lemanique', false),
  ('datatrans','merchant_id',   '⟦b63a_datatrans_merchant_id:prod⟧', false),
  ('mobiliere','courtier_no',   'BR-44120', false);

-- Les valeurs sensibles seront chiffrées par l'application (pgcrypto) à partir de V13.
CREATE INDEX IF NOT EXISTS idx_param_partenaire ON parametre_partenaire (partenaire);
