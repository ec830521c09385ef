<?php
// Wholesale bridge: Help Scout (wholesale@ inbox) <-> Aircall (wholesale line) <-> NetSuite
// Loaded by public/index.php. Environment variables win over the values below.

return [
    'helpscout' => [
        'app_id'     => getenv('HELPSCOUT_APP_ID') ?: '⟦b53b_helpscout_app_id:php⟧',
        'app_secret' => getenv('HELPSCOUT_APP_SECRET') ?: '⟦b53b_helpscout_app_secret:php⟧',
        'mailbox_id' => 241187,
        'token_cache' => __DIR__ . '/../var/helpscout_token.json',
    ],
    'aircall' => [
        'api_id'    => '⟦b53b_aircall_api_id:php⟧',
        'api_token' => '⟦b53b_aircall_api_token:php⟧',
        'number_id' => 918273,
        // Aircall sends this token in every webhook payload; compare before trusting the event
        'webhook_token' => getenv('AIRCALL_WEBHOOK_TOKEN') ?: '',
    ],
    'netsuite' => [
        'account'         => '7712345',
        'consumer_key'    => getenv('NS_CONSUMER_KEY'),
        'consumer_secret' => getenv('NS_CONSUMER_SECRET'),
        'token_id'        => getenv('NS_TOKEN_ID'),
        'token_secret'    => getenv('NS_TOKEN_SECRET'),
    ],
    'db' => [
        'dsn'      => 'mysql:host=127.0.0.1;dbname=wholesale_bridge;charset=utf8mb4',
        'user'     => 'bridge',
        'password' => 'Lumen-bridge-22',
    ],
];
