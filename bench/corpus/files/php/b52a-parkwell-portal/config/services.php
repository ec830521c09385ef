<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | Parkwell portal integrations: payments, SMS receipts, LPR cameras, enforcement, and the
    | citation partner. Defaults below are the *staging* accounts so `php artisan serve` works for
    | new devs without asking ops. (Staging Stripe is test mode; everything else is a real sandbox.)
    |
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY', '⟦b42b_stripe_publishable_test:pw⟧'),
        'secret' => env('STRIPE_SECRET', '⟦stripe_secret_test:pw⟧'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET', '⟦stripe_webhook_secret:pw⟧'),
            'tolerance' => 300,
        ],
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID', '⟦twilio_account_sid:pw⟧'),
        'token' => env('TWILIO_TOKEN', '⟦twilio_auth_token:pw⟧'),
        'from' => env('TWILIO_FROM', '+15035550123'),
    ],

    // Genetec AutoVu / Security Center web SDK on the garage NVRs
    'lpr' => [
        'base_url' => env('LPR_BASE_URL', 'https://lpr-gw.parkwell.internal:4590/WebSdk'),
        'username' => env('LPR_USERNAME', 'parkwell-portal'),
        'password' => env('LPR_PASSWORD', 'AutoVu!Parkwell1'),
    ],

    // Citation / permit partner
    'enforce' => [
        'endpoint' => 'https://api.enforcesandbox.example-parking.com/v3',
        'api_key' => env('ENFORCE_API_KEY', '⟦generic_api_key_hex32:enforce⟧'),
    ],

    'google_maps' => [
        // browser key, HTTP-referrer restricted to *.parkwell.com
        'browser_key' => env('GOOGLE_MAPS_BROWSER_KEY', '⟦firebase_web_api_key:maps⟧'),
    ],

];
