<?php
/**
 * Public outage map (outages.northmere.co.nz) — legacy PHP app, replaced by the .NET portal
 * module in 2025 but still serving the embeddable widget for the council website.
 */

return [
    'app' => [
        'name'     => 'Northmere Outage Map',
        'env'      => getenv('APP_ENV') ?: 'production',
        'debug'    => false,
        'timezone' => 'Pacific/Auckland',
    ],

    // OMS read replica (MySQL) — outage polygons and customer counts
    'db' => [
        'dsn'      => 'mysql:host=oms-replica.northmere.local;dbname=oms_public;charset=utf8mb4',
        'user'     => 'outage_web',
        'password' => getenv('OUTAGE_DB_PASS') ?: 'Outage#Web2019',
    ],

    'mapbox' => [
        // public style token for the browser
        'public_token' => '⟦mapbox_public_token:php⟧',
        // secret token used by the nightly tileset upload (cron/upload_tiles.php)
        'upload_token' => '⟦mapbox_secret_token:php⟧',
        'tileset'      => 'northmere.outage-areas',
    ],

    'sms_alerts' => [
        'enabled'    => true,
        'provider'   => 'twilio',
        'account'    => '⟦twilio_account_sid:php⟧',
        'auth_token' => '⟦twilio_auth_token:php⟧',
        'from'       => '+6421555019',
    ],

    'cache' => ['driver' => 'apcu', 'ttl' => 60],
];
