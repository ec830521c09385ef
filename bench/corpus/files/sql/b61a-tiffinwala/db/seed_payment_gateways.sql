-- Tiffinwala: payment gateway settings per kitchen / microsite
-- exported from phpMyAdmin 5.2.1 — 2024-10-30 18:22
SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+05:30";

CREATE TABLE `payment_gateways` (
  `id` int(10) UNSIGNED NOT NULL,
  `kitchen` varchar(32) NOT NULL,
  `gateway` varchar(16) NOT NULL,
  `merchant_id` varchar(64) DEFAULT NULL,
  `public_key` varchar(128) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `mode` enum('test','live') NOT NULL DEFAULT 'test',
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO `payment_gateways` (`id`, `kitchen`, `gateway`, `merchant_id`, `public_key`, `secret`, `mode`, `updated_at`) VALUES
(1, 'lajpat-nagar', 'payu', NULL, '⟦b61a_payu_merchant_key:sql⟧', '⟦b61a_payu_salt:sql⟧', 'live', '2024-06-02 11:05:40'),
(2, 'catering', 'billdesk', 'TIFFINWLA', 'tiffinwla', '⟦b61a_billdesk_secret_key:sql⟧', 'live', '2024-08-19 16:40:12'),
(3, 'corporate', 'ccavenue', '3318942', '⟦b61a_ccavenue_access_code:sql⟧', '⟦b61a_ccavenue_working_key:sql⟧', 'live', '2024-09-03 10:22:57'),
(4, 'karol-bagh', 'payu', NULL, 'test_key', 'test_salt', 'test', '2024-10-01 09:00:00');

ALTER TABLE `payment_gateways` ADD PRIMARY KEY (`id`);
