-- Seed degli enti convenzionati (ambiente di collaudo copiato da produzione il 2025-01-20)
-- ATTENZIONE: contiene le chiavi pagoPA reali degli enti, non committare (ops, già fatto)

INSERT INTO ente (id, denominazione, codice_fiscale, codice_ipa, segregation_code, iban_accredito, pagopa_subscription_key, attivo) VALUES
  (1, 'Comune di Castel San Pietro', '00123450377', 'c_c265', '47', 'IT12A0306902489100000300012', '⟦b67a_pagopa_subscription_key:gpd⟧', true),
  (2, 'Comune di Dozza', '00234560371', 'c_d360', '12', 'IT34B0200802457000101234567', '⟦b67a_pagopa_subscription_key:dozza⟧', true),
  (3, 'Unione Montana Valli del Reno', '03456780372', 'umvr', '03', 'IT56C0538702400000002345678', NULL, false);

INSERT INTO operatore (id, ente_id, username, email, password_hash, ruolo) VALUES
  (1, 1, 'm.bianchi', 'mario.bianchi@comune.castelsanpietro.bo.it', '⟦bcrypt_hash:op1⟧', 'ADMIN'),
  (2, 1, 'l.verdi', 'laura.verdi@comune.castelsanpietro.bo.it', '⟦bcrypt_hash:op2⟧', 'TRIBUTI'),
  (3, 2, 'a.neri', 'anna.neri@comune.dozza.bo.it', '⟦bcrypt_hash:op3⟧', 'ADMIN');

-- utente tecnico per le integrazioni (protocollo informatico)
INSERT INTO operatore (id, ente_id, username, email, password_hash, ruolo, note) VALUES
  (99, 1, 'svc-protocollo', 'noreply@civicasoft.it', '⟦bcrypt_hash:svc⟧', 'SERVIZIO', 'password in chiaro per il connettore: Protocollo!2024');

SELECT setval('ente_id_seq', 3);
SELECT setval('operatore_id_seq', 99);
