<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | Credentials for the installer/dealer portal. Everything comes from the
    | environment (Forge site env in production, .env locally).
    |
    */

    'thingsboard' => [
        'url' => env('TB_URL', 'https://tb.verano-garage.com'),
        'username' => env('TB_TENANT_USERNAME'),
        'password' => env('TB_TENANT_PASSWORD'),
        'device_profile_id' => env('TB_G3_PROFILE_ID', '⟦uuid:g3profile⟧'),
        'timeout' => 10,
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.verano-garage.com'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'google_home' => [
        'project_id' => env('GOOGLE_HOME_PROJECT', 'verano-smart-home'),
        'credentials' => storage_path('app/google/homegraph.json'),
    ],

    'alexa' => [
        'client_id' => env('ALEXA_CLIENT_ID'),
        'client_secret' => env('ALEXA_CLIENT_SECRET'),
    ],

];
