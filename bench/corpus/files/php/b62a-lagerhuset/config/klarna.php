<?php

/*
|--------------------------------------------------------------------------
| Klarna Payments / Checkout
|--------------------------------------------------------------------------
| Nya API-nycklar (klarna_live_api_...) skapade i Klarna Portal 2024-10-21.
| Användarnamn/lösenord-paret (PK...) används fortfarande av orderhanteringen
| i Fortnox-synken tills den är omskriven.
*/

return [
    'region' => env('KLARNA_REGION', 'eu'),

    'endpoints' => [
        'live' => 'https://api.klarna.com',
        'playground' => 'https://api.playground.klarna.com',
    ],

    'mode' => env('KLARNA_MODE', 'live'),

    // Används av Payments API (Authorization: Basic <api key>)
    'api_key' => env('KLARNA_API_KEY', '⟦b62a_klarna_api_key⟧'),

    // Playground – ok att ha här? /Johan
    'playground_api_key' => '⟦b62a_klarna_test_api_key⟧',

    // Web SDK (On-site messaging) – publik klient-identifierare
    'client_id' => '⟦b62a_klarna_client_id⟧',

    'legacy' => [
        'username' => env('KLARNA_USERNAME'),
        'password' => env('KLARNA_PASSWORD'),
    ],

    'purchase_country' => 'SE',
    'purchase_currency' => 'SEK',
    'locale' => 'sv-SE',

    'merchant_urls' => [
        'terms' => 'https://www.lagerhuset.se/kopvillkor',
        'checkout' => 'https://www.lagerhuset.se/kassa',
        'confirmation' => 'https://www.lagerhuset.se/kassa/bekraftelse?order_id={checkout.order.id}',
        'push' => 'https://www.lagerhuset.se/api/klarna/push?order_id={checkout.order.id}',
    ],
];
