<?php
// Affiliate platforms per brand. Loaded by bin/sync-affiliates (cron, every 15 min).
// Income Access = legacy program for the Ontario brand; MyAffiliates = SE/FI; Cellxpert = US.

return [
    'income_access' => [
        'brand' => 'kestrelbet.ca',
        'reporting_url' => 'https://admin.kestrelbetpartners.ca/api/reports',
        'api_key' => '⟦b57c_incomeaccess_api_key:ca⟧',
        'merchant_id' => 'KBCA',
    ],
    'myaffiliates' => [
        'brand' => 'nordlyx',
        'feed_url' => 'https://affiliates.nordlyx.eu/feeds.php',
        // feed user created by MyAffiliates support; basic auth on feeds.php
        'feed_user' => 'nx_feeds',
        'feed_pass' => 'NordlyxFeeds#77',
        'token_group' => 3,
    ],
    'cellxpert' => [
        'brand' => 'kestrelbet.com',
        'api_key' => getenv('CELLXPERT_API_KEY'),
    ],
    's3_archive' => [
        'bucket' => 'affhub-raw-exports',
        'region' => 'eu-west-1',
        'key' => '⟦aws_access_key_id:affhub⟧',
        'secret' => '⟦aws_secret_access_key:affhub⟧',
    ],
];
