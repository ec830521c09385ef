<?php

/*
|--------------------------------------------------------------------------
| Third Party Services -- Relaybird legacy dashboard (Laravel 8)
|--------------------------------------------------------------------------
| This app is frozen; only security fixes. New integrations go to notify-api.
*/

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.relaybird.io'),
        'secret' => env('MAILGUN_SECRET', '⟦mailgun_api_key:legacy⟧'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID', '⟦twilio_account_sid:legacy⟧'),
        'token' => env('TWILIO_TOKEN', '⟦twilio_auth_token:legacy⟧'),
        'from' => env('TWILIO_FROM', '+14155550143'),
        'verify_sid' => env('TWILIO_VERIFY_SID', '⟦b42b_twilio_sid:VA⟧'),
    ],

    'messagebird' => [
        'access_key' => env('MESSAGEBIRD_ACCESS_KEY'),
        'originator' => 'Relaybird',
    ],

    'pusher' => [
        'app_id' => env('PUSHER_APP_ID', '1458213'),
        'key' => env('PUSHER_APP_KEY', '⟦b44c_pusher_app_key:legacy⟧'),
        'secret' => env('PUSHER_APP_SECRET', '⟦pusher_app_secret:legacy⟧'),
        'cluster' => env('PUSHER_APP_CLUSTER', 'eu'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN', '⟦slack_bot_token:legacy⟧'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#relaybird-alerts'),
        ],
    ],

];
