<?php
// legacy shop configuration (PHP 5 era)
$db_host = 'localhost';
$db_user = 'shopuser';
$db_pass = 'sh0ppass';
$db_name = 'shop';

$admin_password = 'admin123';

define('PAYPAL_API_USERNAME', 'merchant_api1.acme-widgets.co.uk');
define('PAYPAL_API_PASSWORD', '⟦generic_key_upper16⟧');
define('PAYPAL_API_SIGNATURE', 'A⟦generic_api_key_alnum40:sig|slice=0-40⟧-⟦generic_api_key_alnum40:sig2|slice=0-15⟧');
define('RECAPTCHA_SECRET', '⟦recaptcha_secret⟧');

$mysqli = new mysqli($db_host, $db_user, $db_pass, $db_name);
if ($mysqli->connect_errno) {
    die('Database connection failed');
}
