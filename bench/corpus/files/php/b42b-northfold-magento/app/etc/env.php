<?php
return [
    'backend' => [
        'frontName' => 'nf_admin_7q2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq.northfold.internal',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦password:amqp⟧',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '⟦b39b_magento_crypt_key:nf⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.northfold.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '⟦db_password:magento⟧',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis.northfold.internal',
            'port' => '6379',
            'password' => '⟦password:redis-session⟧',
            'timeout' => '2.5',
            'persistent_identifier' => '',
            'database' => '2',
            'compression_threshold' => '2048',
            'compression_library' => 'gzip',
            'log_level' => '1',
            'max_concurrency' => '6',
            'break_after_frontend' => '5',
            'break_after_adminhtml' => '30',
            'first_lifetime' => '600',
            'bot_first_lifetime' => '60',
            'bot_lifetime' => '7200',
            'disable_locking' => '0',
            'min_lifetime' => '60',
            'max_lifetime' => '2592000'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => 'a4f_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis.northfold.internal',
                    'database' => '0',
                    'port' => '6379',
                    'password' => '⟦password:redis-session⟧'
                ]
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'merchant_id' => '⟦b42b_braintree_merchant_id:nf⟧',
                    'public_key' => '⟦b41b_magento_encrypted:btpub⟧',
                    'private_key' => '⟦b41b_magento_encrypted:btpriv⟧'
                ]
            ],
            'algoliasearch_credentials' => [
                'credentials' => [
                    'application_id' => '⟦b40b_algolia_app_id:nf⟧',
                    'search_only_api_key' => '⟦algolia_search_key:nf⟧',
                    'api_key' => '⟦algolia_admin_key:nf⟧',
                    'index_prefix' => 'nf_prod_'
                ]
            ]
        ]
    ],
    'lock' => [
        'provider' => 'db'
    ],
    'directories' => [
        'document_root_is_pub' => true
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'reflection' => 1,
        'db_ddl' => 1,
        'compiled_config' => 1,
        'eav' => 1,
        'customer_notification' => 1,
        'config_integration' => 1,
        'config_integration_api' => 1,
        'full_page' => 1,
        'config_webservice' => 1,
        'translate' => 1
    ],
    'downloadable_domains' => [
        'www.northfold-outdoor.de'
    ],
    'install' => [
        'date' => 'Mon, 15 May 2023 09:12:40 +0000'
    ]
];
