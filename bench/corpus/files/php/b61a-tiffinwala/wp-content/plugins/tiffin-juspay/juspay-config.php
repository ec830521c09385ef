<?php
/**
 * Tiffin Juspay — settings for the WordPress catering microsite (catering.tiffinwala.co.in).
 * Loaded by tiffin-juspay.php. Do not edit on the server; deploy via git.
 */
if (!defined('ABSPATH')) {
    exit;
}

define('TIFFIN_JUSPAY_ENV', 'production');
define('TIFFIN_JUSPAY_MERCHANT_ID', 'tiffinwala_catering');
define('TIFFIN_JUSPAY_CLIENT_ID', 'tiffinwala_catering');
define('TIFFIN_JUSPAY_API_KEY', '⟦b61a_juspay_api_key:wp⟧');
define('TIFFIN_JUSPAY_RETURN_URL', 'https://catering.tiffinwala.co.in/juspay/return');
define('TIFFIN_JUSPAY_WEBHOOK_USER', 'juspay');
define('TIFFIN_JUSPAY_WEBHOOK_PASS', 'Catering@Hook22');
