<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    | Defaults below were copied from the old .env when we moved to Forge; the
    | real values are set in the Forge environment but the fallbacks still work.
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.marketplace.northwind.example'),
        'secret' => env('MAILGUN_SECRET', '⟦mailgun_api_key⟧'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY', '⟦stripe_publishable_live⟧'),
        'secret' => env('STRIPE_SECRET', '⟦stripe_secret_live⟧'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET', '⟦stripe_webhook_secret⟧'),
            'tolerance' => 300,
        ],
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN', '⟦slack_bot_token⟧'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#marketplace-orders'),
        ],
    ],

    'pusher' => [
        'app_id' => '1683204',
        'key' => 'f3a8c1d9e2b74a6c05d1',
        'secret' => env('PUSHER_APP_SECRET', '⟦pusher_app_secret⟧'),
        'cluster' => 'eu',
    ],

    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID', '⟦github_app_client_id⟧'),
        'client_secret' => env('GITHUB_CLIENT_SECRET', '⟦github_app_client_secret⟧'),
        'redirect' => '/auth/github/callback',
    ],

];
