<?php
/**
 * Clearpath applicant portal (legacy, PHP 7.4) — still serves the "upload your documents" step for
 * two staffing clients. Replaced by the Rails app except for /upload.php and /status.php.
 *
 * DO NOT add new config here. Ticket CP-1022 tracks moving this to env vars.
 */

define('CP_ENV', 'production');
define('CP_BASE_URL', 'https://apply.clearpath-staffing.com');

// MySQL (RDS, legacy instance)
$db_config = array(
    'host'     => 'clearpath-legacy.ckv2x9.us-west-2.rds.amazonaws.com',
    'port'     => 3306,
    'database' => 'applicant_portal',
    'user'     => 'portal_rw',
    'password' => '⟦db_password:legacyphp⟧',
    'charset'  => 'utf8mb4',
);

// Checkr invitations for the two legacy clients
define('CHECKR_API_KEY', '⟦b51c_checkr_api_key:legacyphp⟧');
define('CHECKR_PACKAGE', 'tasker_standard');

// Outbound mail (Mailgun SMTP)
$smtp = array(
    'host' => 'smtp.mailgun.org',
    'port' => 587,
    'user' => 'postmaster@mg.clearpath-staffing.com',
    'pass' => '⟦password:mgsmtp⟧',
);

// Upload encryption (AES-256-CBC of ID scans at rest)
define('UPLOAD_ENC_KEY', '⟦encryption_key_hex:legacyphp⟧');

// reCAPTCHA on the upload form
define('RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key⟧');
define('RECAPTCHA_SECRET', '⟦recaptcha_secret⟧');

ini_set('display_errors', CP_ENV === 'production' ? '0' : '1');
date_default_timezone_set('America/Los_Angeles');
