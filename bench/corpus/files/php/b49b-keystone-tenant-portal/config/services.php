<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | Credentials for the services the resident portal talks to. Everything
    | should come from the environment; the AppFolio fallback below is only
    | there until the Westgate portfolio finishes moving to Buildium (KR-311).
    |
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
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

    'plaid' => [
        'env' => env('PLAID_ENV', 'sandbox'),
        'client_id' => env('PLAID_CLIENT_ID'),
        'secret' => env('PLAID_SECRET'),
        'products' => ['auth', 'identity'],
        'country_codes' => ['US'],
    ],

    'buildium' => [
        'base_url' => env('BUILDIUM_BASE_URL', 'https://api.buildium.com/v1'),
        'client_id' => env('BUILDIUM_CLIENT_ID'),
        'client_secret' => env('BUILDIUM_CLIENT_SECRET'),
        'page_size' => 500,
    ],

    // Westgate (legacy AppFolio database "westgatepm") -- read-only reports API
    'appfolio' => [
        'database' => env('APPFOLIO_DATABASE', 'westgatepm'),
        'client_id' => env('APPFOLIO_CLIENT_ID', '⟦b49b_appfolio_client_id:wg⟧'),
        'client_secret' => env('APPFOLIO_CLIENT_SECRET', '⟦b49b_appfolio_client_secret:wg⟧'),
        'reports' => ['rent_roll', 'tenant_directory', 'delinquency'],
    ],

    'seam' => [
        'api_key' => env('SEAM_API_KEY'),
        'workspace_id' => env('SEAM_WORKSPACE_ID'),
        'default_code_length' => 6,
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_TOKEN'),
        'from' => env('TWILIO_FROM'),
        'status_callback' => env('APP_URL') . '/webhooks/twilio/status',
    ],

    'google_maps' => [
        // browser key, referrer-restricted to residents.keystoneresidential.com
        'embed_key' => env('GOOGLE_MAPS_EMBED_KEY'),
    ],

];
