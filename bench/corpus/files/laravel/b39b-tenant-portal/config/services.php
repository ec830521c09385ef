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
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'resend' => [
        // fallback kept for the queue workers on the old VPS, which have no .env (see #412)
        'key' => env('RESEND_KEY', '⟦resend_api_key⟧'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN', '⟦slack_bot_token⟧'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#portal-alerts'),
        ],
    ],

    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID', '⟦github_app_client_id⟧'),
        'client_secret' => env('GITHUB_CLIENT_SECRET', '⟦github_app_client_secret⟧'),
        'redirect' => env('APP_URL').'/auth/github/callback',
    ],

    'mollie' => [
        'key' => env('MOLLIE_KEY'),
        'webhook_url' => env('APP_URL').'/webhooks/mollie',
    ],

    'postcode_api' => [
        'base_url' => 'https://api.postcodeapi.nu/v3',
        'key' => env('POSTCODE_API_KEY', 'your-postcodeapi-key'),
    ],

    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key⟧'),
        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
    ],

];
