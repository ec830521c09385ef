<?php

/*
|--------------------------------------------------------------------------
| Third Party Services — KirimAja
|--------------------------------------------------------------------------
| Kredensial kurir & marketplace. Nilai default di bawah hanya untuk
| development lokal (katanya). Production ambil dari .env.
*/

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'ninjavan' => [
        'country' => env('NINJAVAN_COUNTRY', 'ID'),
        'base_url' => env('NINJAVAN_BASE_URL', 'https://api.ninjavan.co'),
        'client_id' => env('NINJAVAN_CLIENT_ID', '⟦b62c_ninjavan_client_id:dev⟧'),
        'client_secret' => env('NINJAVAN_CLIENT_SECRET', '⟦b62c_ninjavan_client_secret:dev⟧'),
        'webhook_hmac' => env('NINJAVAN_WEBHOOK_SECRET'),
    ],

    'jnt' => [
        'base_url' => env('JNT_BASE_URL', 'https://openapi.jet.co.id'),
        'api_account' => env('JNT_API_ACCOUNT', '⟦b62c_jnt_api_account:dev⟧'),
        'private_key' => env('JNT_PRIVATE_KEY', '⟦b62c_jnt_private_key:dev⟧'),
        'customer_code' => env('JNT_CUSTOMER_CODE', 'J0086024173'),
    ],

    'grabexpress' => [
        'base_url' => env('GRAB_BASE_URL', 'https://partner-api.grab.com/grab-express-sandbox'),
        'client_id' => env('GRAB_CLIENT_ID', '⟦b62c_grab_client_id:dev⟧'),
        'client_secret' => env('GRAB_CLIENT_SECRET', '⟦b58a_grab_client_secret:dev⟧'),
        'scope' => 'grab_express.partner_deliveries',
    ],

    'sicepat' => [
        'base_url' => env('SICEPAT_BASE_URL', 'https://apitrek.sicepat.com'),
        'api_key' => env('SICEPAT_API_KEY'),
    ],

    'tokopedia' => [
        'fs_id' => env('TOKOPEDIA_FS_ID', '17204'),
        'client_id' => env('TOKOPEDIA_CLIENT_ID'),
        'client_secret' => env('TOKOPEDIA_CLIENT_SECRET'),
    ],

    'telegram-bot-api' => [
        // bot @KirimAjaOpsBot untuk alert kurir telat pickup
        'token' => env('TELEGRAM_BOT_TOKEN', '⟦telegram_bot_token:ops⟧'),
        'chat_id' => env('TELEGRAM_OPS_CHAT', '-1001876543210'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#ops-pengiriman'),
        ],
    ],

];
