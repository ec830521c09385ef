<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    | Alle sleutels komen uit .env (lokaal) of uit de Forge-omgeving (productie).
    | Zet hier NOOIT echte waarden neer.
    */

    'mollie' => [
        'key' => env('MOLLIE_KEY'),            // live_... of test_...
        'profile_id' => env('MOLLIE_PROFILE_ID'),
    ],

    'multisafepay' => [
        'api_key' => env('MULTISAFEPAY_API_KEY'),
        'env' => env('MULTISAFEPAY_ENV', 'test'),
    ],

    'moneybird' => [
        'token' => env('MONEYBIRD_TOKEN'),
        'administration_id' => env('MONEYBIRD_ADMINISTRATION_ID'),
        'ledger_omzet_hoog' => env('MONEYBIRD_LEDGER_OMZET_HOOG', '8000'),
        'ledger_omzet_laag' => env('MONEYBIRD_LEDGER_OMZET_LAAG', '8010'),
    ],

    'sendcloud' => [
        'public_key' => env('SENDCLOUD_PUBLIC_KEY'),
        'secret_key' => env('SENDCLOUD_SECRET_KEY'),
        'sender_address_id' => env('SENDCLOUD_SENDER_ADDRESS', 0),
    ],

    'bol' => [
        'client_id' => env('BOL_CLIENT_ID'),
        'client_secret' => env('BOL_CLIENT_SECRET'),
        'demo' => env('BOL_DEMO', false),
    ],

    'exact' => [
        'client_id' => env('EXACT_CLIENT_ID'),
        'client_secret' => env('EXACT_CLIENT_SECRET'),
        'division' => env('EXACT_DIVISION'),
        'redirect' => env('APP_URL').'/exact/callback',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'),
    ],

];
