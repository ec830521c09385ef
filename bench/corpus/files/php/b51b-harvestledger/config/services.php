<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | HarvestLedger talks to the packhouse ERP (Odoo), the corporate finance system
    | (NetSuite), the GS1 EPCIS repository and the retailers' traceability portals.
    |
    */

    'odoo' => [
        'url' => env('ODOO_URL', 'https://erp.valleverdepacking.com'),
        'db' => env('ODOO_DB', 'vvp-prod'),
        'user' => env('ODOO_USER', 'integration@valleverdepacking.com'),
        // API key for the integration user (Preferences > Account Security > New API Key)
        'api_key' => env('ODOO_API_KEY', '⟦b45b_odoo_api_key:php⟧'),
    ],

    'netsuite' => [
        'account' => env('NETSUITE_ACCOUNT', '7734120'),
        'consumer_key' => env('NETSUITE_CONSUMER_KEY'),
        'consumer_secret' => env('NETSUITE_CONSUMER_SECRET'),
        'token_id' => env('NETSUITE_TOKEN_ID'),
        'token_secret' => env('NETSUITE_TOKEN_SECRET'),
    ],

    'epcis' => [
        'endpoint' => env('EPCIS_ENDPOINT', 'https://epcis.harvestledger.io/epcis/v2'),
        'username' => env('EPCIS_USER', 'vvp-capture'),
        'password' => env('EPCIS_PASSWORD', 'Lettuce-Trace-204'),
        'company_prefix' => '0614141',
    ],

    'ifoodds' => [
        'sftp_host' => 'sftp.ifoodds.com',
        'sftp_user' => env('IFOODDS_SFTP_USER', 'valleverde'),
        'private_key' => storage_path('keys/id_ed25519_ifoodds'),
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-west-1'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#food-safety'),
        ],
    ],

];
