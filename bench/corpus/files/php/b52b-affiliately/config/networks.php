<?php

/*
|--------------------------------------------------------------------------
| Affiliate network credentials
|--------------------------------------------------------------------------
| Agency-level credentials. Publisher-level credentials are stored per
| NetworkConnection (encrypted). Defaults below are for local dev ONLY.
*/

return [

    'impact' => [
        'account_sid' => env('IMPACT_ACCOUNT_SID'),
        'auth_token' => env('IMPACT_AUTH_TOKEN'),
    ],

    'cj' => [
        'company_id' => env('CJ_COMPANY_ID', '5712204'),
        'token' => env('CJ_PERSONAL_ACCESS_TOKEN', '⟦b52b_cj_personal_access_token:config⟧'),
        'graphql' => 'https://commissions.api.cj.com/query',
    ],

    'rakuten' => [
        'sid' => env('RAKUTEN_SID'),
        'token_key' => env('RAKUTEN_TOKEN_KEY', 'your-rakuten-token-key'),
    ],

    'awin' => [
        'publisher_id' => env('AWIN_PUBLISHER_ID', '884120'),
        'token' => env('AWIN_API_TOKEN', '⟦b52b_awin_api_token:config⟧'),
    ],

    'everflow' => [
        'network_id' => env('EVERFLOW_NETWORK_ID'),
        'api_key' => env('EVERFLOW_API_KEY', 'changeme'),
        'base' => 'https://api.eflow.team/v1',
    ],

    'partnerize' => [
        'application_key' => env('PARTNERIZE_APPLICATION_KEY', ''),
        'user_api_key' => env('PARTNERIZE_USER_API_KEY', ''),
    ],

    'sync' => [
        'lookback_days' => (int) env('NETWORK_SYNC_LOOKBACK_DAYS', 45),
        'chunk' => 2000,
    ],
];
