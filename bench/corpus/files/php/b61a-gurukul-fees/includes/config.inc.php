<?php
/* Gurukul fee portal — common config. Included by every page. */
date_default_timezone_set('Asia/Kolkata');
session_start();

define('DB_HOST', 'localhost');
define('DB_USER', 'fees');
define('DB_PASS', 'Fees#Gurukul2021');
define('DB_NAME', 'gurukul_fees');

define('SCHOOL_NAME', 'Gurukul Public School');
define('RAZORPAY_KEY_ID', '⟦razorpay_key_id:inc⟧');
define('RAZORPAY_KEY_SECRET', '⟦razorpay_key_secret:inc⟧');

// BillDesk (tuition) — checksum key; rotates every 6 months per BillDesk
define('BILLDESK_MERCHANT_ID', 'GURUKULPS');
define('BILLDESK_CHECKSUM_KEY', '⟦b61a_billdesk_secret_key:inc⟧');

// old SMS provider, still used for the fee-due reminder cron
$SMS_CONFIG = array(
    'provider' => 'textlocal',
    'apikey'   => '⟦b61a_textlocal_api_key:inc⟧',
    'sender'   => 'GRKPSL',
);

$pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=utf8mb4', DB_USER, DB_PASS, array(
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
));
