<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | Crumb Loyalty connects bakery/cafe chains' POS (Clover, Square) to their loyalty program
    | (Punchh) and gift cards (Givex). Per-merchant credentials live in the merchants table;
    | these are the platform-level ones.
    |
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.crumbloyalty.com'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'punchh' => [
        'base_url' => env('PUNCHH_BASE_URL', 'https://server.punchh.com'),
        // "client" identifies the business app and is sent with every call (not secret)
        'client' => env('PUNCHH_CLIENT', '⟦b50a_punchh_client:platform⟧'),
        // "secret" signs x-pch-digest; server side only
        'secret' => env('PUNCHH_SECRET', '⟦b50a_punchh_secret:platform⟧'),
        'timeout' => 10,
    ],

    'givex' => [
        'endpoints' => [
            'primary' => env('GIVEX_PRIMARY', 'https://dc-us1.givex.com:50104'),
            'secondary' => env('GIVEX_SECONDARY', 'https://dc-us2.givex.com:50104'),
        ],
        'user_id' => env('GIVEX_USER_ID', '40871'),
        'password' => env('GIVEX_PASSWORD', '⟦b50a_givex_gateway_password:platform⟧'),
        'language' => 'en',
    ],

    'clover' => [
        'region' => env('CLOVER_REGION', 'na'),
        'app_id' => env('CLOVER_APP_ID', 'Q3K9W1R8Z2M4A'),
        'app_secret' => env('CLOVER_APP_SECRET'),
        // e-commerce: the public key is used in the hosted iframe, the private token only server-side
        'ecomm_public_key' => env('CLOVER_ECOMM_PUBLIC_KEY', '⟦b50a_clover_ecomm_public_key:platform⟧'),
        'ecomm_private_token' => env('CLOVER_ECOMM_PRIVATE_TOKEN', '⟦b50a_clover_ecomm_private_token:platform⟧'),
    ],

    'square' => [
        'application_id' => env('SQUARE_APPLICATION_ID'),
        'application_secret' => env('SQUARE_APPLICATION_SECRET'),
        'environment' => env('SQUARE_ENVIRONMENT', 'production'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#loyalty-alerts'),
        ],
    ],

];
