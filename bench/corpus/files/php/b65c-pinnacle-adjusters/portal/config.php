<?php
/**
 * Pinnacle Adjusters - policyholder inspection scheduling portal (schedule.pinnacleadjusters.com)
 * Plain PHP, deployed by rsync from the ops repo. Local overrides go in config.local.php (git-ignored).
 */

return [
    'app' => [
        'name'     => 'Pinnacle Inspection Scheduler',
        'url'      => 'https://schedule.pinnacleadjusters.com',
        'timezone' => 'America/New_York',
        'debug'    => false,
        'key'      => 'base64:⟦aes256_key_b64:portal⟧',
    ],

    'db' => [
        'dsn'      => 'mysql:host=pnc-db01.internal;dbname=scheduler;charset=utf8mb4',
        'user'     => 'scheduler',
        'password' => 'Sched#Pinnacle2022',
    ],

    // SMS appointment reminders
    'twilio' => [
        'account_sid' => '⟦twilio_account_sid:portal⟧',
        'auth_token'  => '⟦twilio_auth_token:portal⟧',
        'from'        => '+18505550142',
    ],

    // map of today's inspections for the adjusters (browser key, HTTP-referrer restricted)
    'google_maps_key' => getenv('GOOGLE_MAPS_KEY') ?: '',

    'mail' => [
        'host'     => 'smtp.gmail.com',
        'port'     => 587,
        'user'     => 'schedule@pinnacleadjusters.com',
        'password' => '⟦google_app_password:portal⟧',
        'from'     => 'Pinnacle Scheduling <schedule@pinnacleadjusters.com>',
    ],

    'recaptcha' => [
        'site_key'   => '⟦recaptcha_site_key:portal⟧',
        'secret_key' => '⟦recaptcha_secret:portal⟧',
    ],
];
