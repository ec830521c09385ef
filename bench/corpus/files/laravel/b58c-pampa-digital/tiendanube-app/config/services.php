<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    */

    'tiendanube' => [
        'app_id' => env('TIENDANUBE_APP_ID', '8123'),
        // default de la app de desarrollo (partners.tiendanube.com > Pampa Suscripciones DEV)
        'client_secret' => env('TIENDANUBE_CLIENT_SECRET', '⟦b58c_nuvemshop_client_secret:dev⟧'),
        'api_base' => env('TIENDANUBE_API_BASE', 'https://api.tiendanube.com/v1'),
        'user_agent' => env('TIENDANUBE_USER_AGENT', 'Pampa Suscripciones (dev@pampadigital.com.ar)'),
        'scopes' => ['read_products', 'write_orders', 'read_customers'],
    ],

    'mercadopago' => [
        'public_key' => env('MERCADOPAGO_PUBLIC_KEY'),
        'access_token' => env('MERCADOPAGO_ACCESS_TOKEN'),
        'webhook_secret' => env('MERCADOPAGO_WEBHOOK_SECRET'),
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'sa-east-1'),
    ],

];
