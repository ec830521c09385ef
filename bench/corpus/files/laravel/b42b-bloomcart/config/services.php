<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | This file is for storing the credentials for third party services such
    | as Mailgun, Postmark, AWS and more. This file provides the de facto
    | location for this type of information, allowing packages to have
    | a conventional file to locate the various service credentials.
    |
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
        'message_stream_id' => env('POSTMARK_MESSAGE_STREAM_ID', 'outbound'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
        'webhook_signing_key' => env('MAILGUN_WEBHOOK_SIGNING_KEY'),
    ],

    'mollie' => [
        'key' => env('MOLLIE_KEY'),
        'profile_id' => env('MOLLIE_PROFILE_ID'),
        // Organisation token for the Onboarding/Settlements API (reports:read, settlements:read).
        // TODO(joris): move to .env before go-live, Forge env editor was down on 12/03
        'org_token' => env('MOLLIE_ORG_TOKEN', '⟦b42b_mollie_access_token⟧'),
        'webhook_url' => env('APP_URL').'/webhooks/mollie',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM'),
        'verify_service' => '⟦b42b_twilio_sid:VA⟧',
    ],

    'bloemenveiling' => [
        // wholesale stock feed (FloraHolland partner portal), basic auth
        'base_uri' => 'https://partner-api.floraxchange.nl/v2/',
        'username' => 'bloomcart-feed',
        'password' => env('FLORA_FEED_PASSWORD', 'Tulpen!2023'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#bestellingen'),
        ],
    ],

];
