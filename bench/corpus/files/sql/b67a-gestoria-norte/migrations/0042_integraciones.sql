-- 0042: credenciales de integraciones por titular, cifradas en la base de datos.
-- La clave de cifrado NO está aquí: se lee de la GUC app.integraciones_key, que el servicio
-- fija al conectar con el valor de /run/secrets/integraciones_key (Docker secret).

BEGIN;

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE IF NOT EXISTS integracion_credencial (
    id            bigserial PRIMARY KEY,
    titular_id    bigint NOT NULL REFERENCES titular(id) ON DELETE CASCADE,
    proveedor     text   NOT NULL CHECK (proveedor IN ('holded', 'factorial', 'caixabank', 'bbva', 'aeat', 'batuz')),
    etiqueta      text   NOT NULL,
    secreto_cif   bytea  NOT NULL,
    huella_sha256 char(64) NOT NULL,
    creado        timestamptz NOT NULL DEFAULT now(),
    rotado        timestamptz,
    UNIQUE (titular_id, proveedor, etiqueta)
);

COMMENT ON COLUMN integracion_credencial.secreto_cif IS 'pgp_sym_encrypt(secreto, current_setting(''app.integraciones_key''))';
COMMENT ON COLUMN integracion_credencial.huella_sha256 IS 'sha256 del secreto en claro, para detectar duplicados sin descifrar';

CREATE OR REPLACE FUNCTION guardar_credencial(p_titular bigint, p_proveedor text, p_etiqueta text, p_secreto text)
RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO integracion_credencial (titular_id, proveedor, etiqueta, secreto_cif, huella_sha256)
    VALUES (p_titular, p_proveedor, p_etiqueta,
            pgp_sym_encrypt(p_secreto, current_setting('app.integraciones_key')),
            encode(digest(p_secreto, 'sha256'), 'hex'))
    ON CONFLICT (titular_id, proveedor, etiqueta)
    DO UPDATE SET secreto_cif = EXCLUDED.secreto_cif, huella_sha256 = EXCLUDED.huella_sha256, rotado = now()
    RETURNING id;
$$;

-- Migración de la credencial de ejemplo del entorno de pruebas (valor ficticio)
SELECT guardar_credencial(1, 'holded', 'pruebas', 'HOLDED_TEST_KEY_REEMPLAZAR');

-- Comprobación: la huella conocida del valor de pruebas
-- sha256('HOLDED_TEST_KEY_REEMPLAZAR') = ⟦sha256:fixture⟧

COMMIT;
