<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | This file is for storing the credentials for third party services such
    | as Mailgun, Postmark, AWS and more. This file provides the de facto
    | location for this type of information, allowing packages to have
    | a conventional file to locate the various service credentials.
    |
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN', '⟦postmark_server_token⟧'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.bookly.app'),
        'secret' => env('MAILGUN_SECRET', '⟦mailgun_api_key⟧'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    // Cal.com: two-way sync of practitioner availability
    'calcom' => [
        'base_url' => 'https://api.cal.com/v2',
        'api_key' => env('CALCOM_API_KEY', '⟦b40b_calcom_api_key⟧'),
        'webhook_secret' => env('CALCOM_WEBHOOK_SECRET', '⟦webhook_signing_secret:cal⟧'),
    ],

    // Daily.co rooms for video consultations
    'daily' => [
        'api_key' => env('DAILY_API_KEY', '⟦b40b_daily_api_key⟧'),
        'domain' => 'bookly.daily.co',
    ],

    'google' => [
        'client_id' => env('GOOGLE_CLIENT_ID', '⟦google_oauth_client_id⟧'),
        'client_secret' => env('GOOGLE_CLIENT_SECRET'),
        'redirect' => env('APP_URL').'/auth/google/callback',
        'maps_key' => env('GOOGLE_MAPS_KEY'),
    ],

    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key⟧'),
        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
    ],

];
