-- seed_merchant_channels.sql
-- Data awal channel pembayaran per merchant (dump dari staging 2024-09-10, dipakai untuk QA lokal)
-- PERHATIAN: kolom credentials masih plaintext, enkripsi via KMS baru di migrasi 0057.

BEGIN;

INSERT INTO merchants (id, kode, nama, npwp, created_at) VALUES
  ('⟦b62c_uuid:m1⟧', 'WRG-0001', 'Toko Sembako Bu Ani', '09.876.543.2-611.000', '2024-03-02 09:11:00+07'),
  ('⟦b62c_uuid:m2⟧', 'WRG-0002', 'Kopi Kenangan Mantan Cabang Depok', '02.345.678.9-412.000', '2024-03-05 14:40:00+07'),
  ('⟦b62c_uuid:m3⟧', 'WRG-0003', 'Apotek Sehat Selalu', '03.111.222.3-013.000', '2024-04-18 10:02:00+07');

INSERT INTO merchant_channels (merchant_id, provider, channel, enabled, credentials, created_at) VALUES
  ('⟦b62c_uuid:m1⟧', 'xendit', 'QRIS', true,
   '{"mode":"live","sub_account_id":"64f1a2b3c4d5e6f708091a2b"}', now()),
  ('⟦b62c_uuid:m1⟧', 'doku', 'VA_BCA', true,
   '{"client_id":"⟦b62c_doku_client_id:ani⟧","secret_key":"⟦b62c_doku_secret_key:ani⟧"}', now()),
  ('⟦b62c_uuid:m2⟧', 'ovo', 'OVO_PUSH', true,
   '{"app_id":"kopikm_depok","app_key":"⟦b62c_ovo_app_key:kopi⟧","tid":"OVO0008812"}', now()),
  ('⟦b62c_uuid:m2⟧', 'midtrans', 'GOPAY', true,
   '{"merchant_id":"⟦b62c_midtrans_merchant_id:kopi⟧","server_key":"⟦b40b_midtrans_server_key:kopi⟧","client_key":"Mid-client-⟦b62c_b64url_nonce:kck|slice=0-16⟧"}', now()),
  ('⟦b62c_uuid:m3⟧', 'durianpay', 'CARD', false,
   '{"api_key":"⟦b62c_durianpay_secret_key:apotek⟧"}', now());

INSERT INTO payout_accounts (merchant_id, bank_code, account_number, account_holder) VALUES
  ('⟦b62c_uuid:m1⟧', 'bca', '8270011234', 'ANI SURYANI'),
  ('⟦b62c_uuid:m2⟧', 'mandiri', '1370012345678', 'PT KOPI KENANGAN DEPOK'),
  ('⟦b62c_uuid:m3⟧', 'bni', '0412345678', 'CV APOTEK SEHAT SELALU');

COMMIT;
