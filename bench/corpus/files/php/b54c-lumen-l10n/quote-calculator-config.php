<?php
/**
 * Lumen Language Services — "Instant quote" WordPress plugin configuration.
 * Included from wp-content/plugins/lumen-quote/lumen-quote.php.
 *
 * Word counts and language detection run through DeepL; uploads are stored for 7 days.
 */

if (!defined('ABSPATH')) {
    exit;
}

define('LUMEN_QUOTE_VERSION', '1.6.3');
define('LUMEN_QUOTE_MAX_UPLOAD_MB', 25);
define('LUMEN_QUOTE_RETENTION_DAYS', 7);

// per-word rates in EUR, by target language group
$lumen_quote_rates = [
    'eu_major' => ['de', 'fr', 'es', 'it', 'nl', 'pt'],
    'eu_minor' => ['pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'fi', 'sv', 'da', 'nb'],
    'cjk'      => ['ja', 'ko', 'zh'],
];
$lumen_quote_price_per_word = ['eu_major' => 0.11, 'eu_minor' => 0.14, 'cjk' => 0.17];

// language detection + MT preview (DeepL Pro, shared with the MT router)
define('LUMEN_DEEPL_AUTH_KEY', getenv('LUMEN_DEEPL_AUTH_KEY') ?: '⟦b54c_deepl_pro_key:wp⟧');

// notification mail via the M365 relay
define('LUMEN_SMTP_HOST', 'smtp.office365.com');
define('LUMEN_SMTP_USER', 'quotes@lumen-ls.eu');
define('LUMEN_SMTP_PASS', 'Quotes!Lumen2024');

// HubSpot private app for creating deals from quotes
define('LUMEN_HUBSPOT_TOKEN', '⟦hubspot_pat:quotes⟧');

// public reCAPTCHA site key (rendered in the form) — the secret lives in wp-config.php
define('LUMEN_RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key:wp⟧');
