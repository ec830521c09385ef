-- Exported with Adminer 4.8.1 for the staging clone (2024-09-12). Only payment / tax / shipping options.
-- WARNING: these are the live gateway settings, blank them before importing to staging!

SET NAMES utf8mb4;
SET foreign_key_checks = 0;

INSERT INTO `smc_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES
(48211,	'woocommerce_stripe_settings',	'a:18:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:11:\"Credit Card\";s:8:\"testmode\";s:2:\"no\";s:20:\"test_publishable_key\";s:107:\"⟦b42b_stripe_publishable_test:smc⟧\";s:15:\"test_secret_key\";s:107:\"⟦stripe_secret_test:smc⟧\";s:15:\"publishable_key\";s:107:\"⟦stripe_publishable_live:smc⟧\";s:10:\"secret_key\";s:107:\"⟦stripe_secret_live:smc⟧\";s:14:\"webhook_secret\";s:38:\"⟦stripe_webhook_secret:smc⟧\";s:7:\"capture\";s:3:\"yes\";s:19:\"payment_request\";s:3:\"yes\";s:17:\"saved_cards\";s:3:\"yes\";s:7:\"logging\";s:2:\"no\";s:3:\"upe_checkout_experience_enabled\";s:3:\"yes\";}',	'yes'),
(48230,	'woocommerce_ppcp-gateway_settings',	'a:6:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:6:\"PayPal\";s:9:\"client_id\";s:80:\"⟦paypal_client_id:smc⟧\";s:13:\"client_secret\";s:80:\"⟦paypal_client_secret:smc⟧\";s:11:\"merchant_id\";s:13:\"7XK4QF2LB9UMN\";s:7:\"sandbox\";b:0;}',	'yes'),
(48302,	'woocommerce_taxjar-integration_settings',	'a:5:{s:7:\"api_token\";s:32:\"⟦b47a_taxjar_token:smc⟧\";s:7:\"enabled\";s:3:\"yes\";s:12:\"store_postcode\";s:5:\"04101\";s:10:\"store_city\";s:8:\"Portland\";s:5:\"debug\";s:2:\"no\";}',	'yes'),
(48330,	'woocommerce_shipstation_auth_key',	'⟦generic_api_key_hex32:shipstation⟧',	'yes'),
(48331,	'woocommerce_shipstation_export_statuses',	'a:2:{i:0;s:13:\"wc-processing\";i:1;s:10:\"wc-on-hold\";}',	'yes'),
(48402,	'woocommerce_default_country',	'US:ME',	'yes'),
(48403,	'woocommerce_currency',	'USD',	'yes');
