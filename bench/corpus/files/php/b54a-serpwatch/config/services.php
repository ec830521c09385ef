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
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    // Primary SERP source. The fallback key is the old Developer plan, kept so that
    // `php artisan rank:check --source=serpapi` keeps working on review apps.
    'serpapi' => [
        'key' => env('SERPAPI_KEY', '⟦serpapi_key:fallback⟧'),
        'timeout' => 30,
        'no_cache' => env('SERPAPI_NO_CACHE', false),
    ],

    // Secondary source when SerpApi quota runs out mid-month.
    'scraperapi' => [
        'key' => env('SCRAPERAPI_KEY'),
        'country_code' => 'us',
        'premium' => true,
    ],

    // Decodo (ex-Smartproxy) Web Scraping API, Google SERP target
    'decodo' => [
        'endpoint' => 'https://scraper-api.decodo.com/v2/scrape',
        'basic_token' => env('DECODO_BASIC_TOKEN'),
    ],

    'twocaptcha' => [
        'key' => env('TWOCAPTCHA_KEY'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#rank-alerts'),
        ],
    ],

];
