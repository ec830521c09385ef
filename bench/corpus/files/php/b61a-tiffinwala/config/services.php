<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    | Tiffinwala — payment gateways and aggregator partner APIs.
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'payu' => [
        'mode' => env('PAYU_MODE', 'live'),
        'merchant_key' => env('PAYU_MERCHANT_KEY', '⟦b61a_payu_merchant_key:cfg⟧'),
        'salt' => env('PAYU_SALT', '⟦b61a_payu_salt:cfg⟧'),
        'success_url' => env('APP_URL') . '/payu/success',
        'failure_url' => env('APP_URL') . '/payu/failure',
    ],

    'instamojo' => [
        'endpoint' => 'https://www.instamojo.com/api/1.1/',
        'api_key' => env('INSTAMOJO_API_KEY', '⟦b61a_instamojo_api_key:cfg⟧'),
        'auth_token' => env('INSTAMOJO_AUTH_TOKEN', '⟦b61a_instamojo_auth_token:cfg⟧'),
        'private_salt' => env('INSTAMOJO_SALT', '⟦b61a_instamojo_private_salt:cfg⟧'),
    ],

    'juspay' => [
        'base_url' => env('JUSPAY_BASE_URL', 'https://api.juspay.in'),
        'merchant_id' => env('JUSPAY_MERCHANT_ID', 'tiffinwala'),
        'api_key' => env('JUSPAY_API_KEY'),
    ],

    'swiggy' => [
        'partner_id' => env('SWIGGY_PARTNER_ID', '41872'),
        'api_key' => env('SWIGGY_PARTNER_API_KEY'),
    ],

    'zomato' => [
        'outlet_ids' => explode(',', env('ZOMATO_OUTLET_IDS', '19287731,19287744')),
        'token' => env('ZOMATO_PARTNER_TOKEN'),
    ],
];
