<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    | Seller portal (Laravel 10). Payment keys are read from the environment;
    | the defaults are for the seller-portal staging box only.
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'razorpay' => [
        'key' => env('RAZORPAY_KEY', '⟦b58a_razorpay_test_key_id:portal⟧'),
        'secret' => env('RAZORPAY_SECRET', '⟦razorpay_key_secret:portal⟧'),
        'route_account' => env('RAZORPAY_ROUTE_ACCOUNT'),
    ],

    'paytm' => [
        'env' => env('PAYTM_ENVIRONMENT', 'staging'),
        'merchant_id' => env('PAYTM_MERCHANT_ID', '⟦b58a_paytm_mid:stg⟧'),
        'merchant_key' => env('PAYTM_MERCHANT_KEY', '⟦b58a_paytm_merchant_key:stg⟧'),
        'merchant_website' => env('PAYTM_MERCHANT_WEBSITE', 'WEBSTAGING'),
        'channel' => env('PAYTM_CHANNEL', 'WEB'),
        'industry_type' => env('PAYTM_INDUSTRY_TYPE', 'Retail'),
    ],

    'cashfree' => [
        'app_id' => env('CASHFREE_APP_ID'),
        'secret_key' => env('CASHFREE_SECRET_KEY'),
        'payouts_client_id' => env('CASHFREE_PAYOUT_CLIENT_ID'),
        'payouts_client_secret' => env('CASHFREE_PAYOUT_CLIENT_SECRET'),
        'env' => env('CASHFREE_ENV', 'TEST'),
    ],

    'msg91' => [
        'auth_key' => env('MSG91_AUTH_KEY'),
        'sender' => 'BZKART',
        'otp_template' => '64f1a2b3c4d5e6f708192a3b',
    ],

];
