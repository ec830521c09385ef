<?php

return [
    /*
    |--------------------------------------------------------------------------
    | GoCardless
    |--------------------------------------------------------------------------
    | Access tokens are per environment. Sandbox tokens start with "sandbox_", live ones with
    | "live_". The webhook endpoint secret is set when the endpoint is created in the dashboard.
    */
    'environment' => env('GOCARDLESS_ENVIRONMENT', 'sandbox'),

    'access_token' => env('GOCARDLESS_ACCESS_TOKEN', '⟦gocardless_token:fallback⟧'),

    'webhook_secret' => env('GOCARDLESS_WEBHOOK_SECRET'),

    // Partner (OAuth) app used to connect clubs' own GoCardless accounts
    'oauth' => [
        'client_id' => env('GOCARDLESS_OAUTH_CLIENT_ID'),
        'client_secret' => env('GOCARDLESS_OAUTH_CLIENT_SECRET', '⟦generic_api_key_alnum40:gcoauth⟧'),
        'redirect' => env('APP_URL').'/connect/gocardless/callback',
    ],

    'creditor_id' => env('GOCARDLESS_CREDITOR_ID', 'CR000071XQ2B9P'),
];
