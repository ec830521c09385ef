<?php
return [
    'modules' => [
        'Magento_Store' => 1,
        'Magento_AdminAnalytics' => 0,
        'Magento_Directory' => 1,
        'Magento_Theme' => 1,
        'Magento_Backend' => 1,
        'Magento_Eav' => 1,
        'Magento_Customer' => 1,
        'Magento_Catalog' => 1,
        'Magento_CatalogInventory' => 1,
        'Magento_Checkout' => 1,
        'Magento_Sales' => 1,
        'Magento_Payment' => 1,
        'Magento_Paypal' => 1,
        'PayPal_Braintree' => 1,
        'Magento_OpenSearch' => 1,
        'Magento_InventoryApi' => 1,
        'Magento_Inventory' => 1,
        'Magento_TwoFactorAuth' => 1,
        'Magento_Webapi' => 1,
        'Magento_Integration' => 1,
        'Algolia_AlgoliaSearch' => 1,
        'Avalara_AvaTax' => 1,
        'Klaviyo_Reclaim' => 1,
        'Yotpo_Yotpo' => 1,
        'ClassyLlama_AvaTax' => 0,
        'Amasty_Base' => 1,
        'Amasty_ShopbyBase' => 1,
        'Halvorsen_ErpConnector' => 1,
        'Halvorsen_Theme' => 1
    ],
    'scopes' => [
        'websites' => [
            'admin' => ['website_id' => '0', 'code' => 'admin', 'name' => 'Admin', 'sort_order' => '0', 'default_group_id' => '0', 'is_default' => '0'],
            'base' => ['website_id' => '1', 'code' => 'base', 'name' => 'Halvorsen Home SE', 'sort_order' => '0', 'default_group_id' => '1', 'is_default' => '1'],
            'no' => ['website_id' => '2', 'code' => 'no', 'name' => 'Halvorsen Home NO', 'sort_order' => '10', 'default_group_id' => '2', 'is_default' => '0']
        ],
        'stores' => [
            'default' => ['store_id' => '1', 'code' => 'default', 'website_id' => '1', 'group_id' => '1', 'name' => 'Svenska', 'sort_order' => '0', 'is_active' => '1'],
            'no_nb' => ['store_id' => '2', 'code' => 'no_nb', 'website_id' => '2', 'group_id' => '2', 'name' => 'Norsk', 'sort_order' => '0', 'is_active' => '1']
        ]
    ],
    'system' => [
        'default' => [
            'general' => [
                'locale' => ['code' => 'sv_SE', 'timezone' => 'Europe/Stockholm'],
                'country' => ['default' => 'SE', 'allow' => 'SE,NO,DK,FI']
            ],
            'currency' => [
                'options' => ['base' => 'SEK', 'default' => 'SEK', 'allow' => 'SEK,NOK,EUR']
            ],
            'payment' => [
                'braintree' => [
                    'active' => '1',
                    'environment' => 'production',
                    'merchant_id' => '⟦b42b_braintree_merchant_id:hh⟧',
                    'payment_action' => 'authorize',
                    'merchant_account_id' => 'HalvorsenHomeSEK'
                ]
            ],
            'tax' => [
                'avatax' => ['enabled' => '1', 'live_mode' => '1', 'company_code' => 'HALVORSEN-SE']
            ],
            'algoliasearch_credentials' => [
                'credentials' => ['application_id' => '⟦b40b_algolia_app_id:hh⟧', 'index_prefix' => 'hh_prod_']
            ],
            'dev' => [
                'js' => ['merge_files' => '0', 'minify_files' => '1'],
                'css' => ['minify_files' => '1']
            ]
        ]
    ]
];
