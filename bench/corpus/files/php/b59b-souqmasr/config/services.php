<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services — سوق مصر
    |--------------------------------------------------------------------------
    | كل القيم السرية تُقرأ من متغيرات البيئة فقط. لا تضع مفاتيح هنا.
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'checkout' => [
        'secret_key' => env('CKO_SECRET_KEY'),
        'public_key' => env('CKO_PUBLIC_KEY'),
        'processing_channel_id' => env('CKO_PROCESSING_CHANNEL_ID'),
        'webhook_auth' => env('CKO_WEBHOOK_AUTH'),
        'base_url' => env('CKO_BASE_URL', 'https://api.checkout.com'),
    ],

    'tabby' => [
        'public_key' => env('TABBY_PUBLIC_KEY'),
        'secret_key' => env('TABBY_SECRET_KEY'),
        'merchant_code' => env('TABBY_MERCHANT_CODE', 'souqmasr_eg'),
    ],

    'jumia' => [
        'user_id' => env('JUMIA_USER_ID'),
        'api_key' => env('JUMIA_API_KEY'),
        'endpoint' => env('JUMIA_ENDPOINT', 'https://sellercenter-api.jumia.com.eg'),
    ],

    'sms' => [
        'driver' => env('SMS_DRIVER', 'unifonic'),
        'unifonic_app_sid' => env('UNIFONIC_APP_SID'),
        'sender' => env('SMS_SENDER', 'SouqMasr'),
    ],

];
