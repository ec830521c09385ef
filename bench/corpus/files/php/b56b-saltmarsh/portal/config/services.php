<?php

/*
|--------------------------------------------------------------------------
| Third Party Services — Saltmarsh Forwarding customer portal
|--------------------------------------------------------------------------
| Carrier and visibility APIs used by the shipment tracking page and the booking wizard.
| Production values come from .env; the defaults below are the sandbox/trial credentials.
*/

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.saltmarsh-ff.co.uk'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'maersk' => [
        'base_url' => 'https://api.maersk.com',
        'consumer_key' => env('MAERSK_CONSUMER_KEY', '⟦b56b_maersk_consumer_key:sbx⟧'),
        'client_secret' => env('MAERSK_CLIENT_SECRET', '⟦b56b_maersk_client_secret:sbx⟧'),
        'customer_code' => env('MAERSK_CUSTOMER_CODE', '40611882'),
    ],

    'hapag' => [
        'base_url' => 'https://api.hlag.com/hlag/external/v2',
        'client_id' => env('HLAG_CLIENT_ID'),
        'client_secret' => env('HLAG_CLIENT_SECRET'),
    ],

    'vizion' => [
        'base_url' => 'https://prod.vizionapi.com',
        'key' => env('VIZION_API_KEY', '⟦b56b_vizion_api_key:trial⟧'),
        'callback' => env('APP_URL').'/webhooks/vizion',
    ],

    'ship24' => [
        'key' => env('SHIP24_API_KEY', '⟦b56b_ship24_api_key:trial⟧'),
    ],

    'searates' => [
        // public rate-widget key, restricted to portal.saltmarsh-ff.co.uk by referrer
        'widget_key' => env('SEARATES_WIDGET_KEY', 'K-PUBLIC-WIDGET-SALTMARSH'),
    ],

    'google_maps' => [
        'browser_key' => env('GOOGLE_MAPS_BROWSER_KEY'),
    ],

];
