<?php

/*
 * Payment gateways for pay.harlancounty.gov (water/sewer utility bills, parking citations,
 * property tax). Utility + tax go through Authorize.Net; the treasurer's counter terminals and
 * the parking kiosks still use Elavon Converge until the contract ends (FY2026).
 */

return [

    'default' => env('PAYMENT_GATEWAY', 'authorizenet'),

    'authorizenet' => [
        'sandbox'          => env('AUTHNET_SANDBOX', false),
        'login_id'         => env('AUTHNET_LOGIN_ID', '⟦b46a_authnet_login_id:util⟧'),
        'transaction_key'  => env('AUTHNET_TRANSACTION_KEY', '⟦b46a_authnet_transaction_key:util⟧'),
        // used to verify the x_SHA2_Hash / webhook X-ANET-Signature
        'signature_key'    => env('AUTHNET_SIGNATURE_KEY', '⟦b46a_authnet_signature_key:util⟧'),
        'public_client_key'=> env('AUTHNET_CLIENT_KEY'),
        'convenience_fee'  => ['card' => 2.35, 'echeck' => 0.95],
    ],

    // sandbox account for the dev/test sites (developer.authorize.net, owned by it-apps@)
    'authorizenet_sandbox' => [
        'login_id'        => '⟦b46a_authnet_login_id:sbx⟧',
        'transaction_key' => '⟦b46a_authnet_transaction_key:sbx⟧',
    ],

    'converge' => [
        'endpoint'     => 'https://api.convergepay.com/VirtualMerchant/processxml.do',
        'merchant_id'  => '2184407',
        'user_id'      => 'webpage',
        'pin'          => env('CONVERGE_PIN', '⟦b46a_converge_pin:web⟧'),
        'kiosk_user_id'=> 'parkkiosk',
        'kiosk_pin'    => '⟦b46a_converge_pin:kiosk⟧',
    ],

    'receipts' => [
        'from'     => 'payments@harlancounty.gov',
        'bcc'      => env('RECEIPT_BCC'),
        'logo_url' => 'https://pay.harlancounty.gov/img/county-seal.png',
    ],
];
