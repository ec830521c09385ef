<?php
/*
 * Checkout legado (Magento 1 -> PHP puro) - configuração PagSeguro v2
 * Mantido só para os boletos antigos e o link "Pague com PagSeguro" do blog.
 * Última alteração: Marcos, 2021-08-02
 */

return [
    'ambiente' => getenv('PAGSEGURO_AMBIENTE') ?: 'production',

    'credenciais' => [
        'production' => [
            'email' => 'financeiro@lojapaulista.com.br',
            'token' => '⟦b58c_pagseguro_legacy_token:prod⟧',
            'appId' => 'lojapaulista-checkout',
            'appKey' => '', // não usamos modelo de aplicação
        ],
        'sandbox' => [
            'email' => 'financeiro@lojapaulista.com.br',
            // token do sandbox (sandbox.pagseguro.uol.com.br > Perfis de integração)
            'token' => '⟦b58c_pagseguro_legacy_token:sandbox⟧',
        ],
    ],

    'urls' => [
        'production' => [
            'ws' => 'https://ws.pagseguro.uol.com.br',
            'checkout' => 'https://pagseguro.uol.com.br/v2/checkout/payment.html',
            'static' => 'https://stc.pagseguro.uol.com.br',
        ],
        'sandbox' => [
            'ws' => 'https://ws.sandbox.pagseguro.uol.com.br',
            'checkout' => 'https://sandbox.pagseguro.uol.com.br/v2/checkout/payment.html',
            'static' => 'https://stc.sandbox.pagseguro.uol.com.br',
        ],
    ],

    'notificacao' => 'https://www.lojapaulista.com.br/retorno/pagseguro.php',
    'charset' => 'UTF-8',
    'log' => __DIR__ . '/../var/log/pagseguro.log',
];
