<?php
return [
    'backend' => [
        'frontName' => 'admin_k3v9q'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq.outdoor.internal',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦db_password:amqp⟧',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '⟦b39b_magento_crypt_key⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.outdoor.internal',
                'dbname' => 'magento2',
                'username' => 'magento',
                'password' => '⟦db_password:mysql⟧',
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
            'host' => 'redis.outdoor.internal',
            'port' => '6379',
            'password' => 'Outd00r-sessions',
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
                'id_prefix' => '⟦short_sha:cacheprefix⟧_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis.outdoor.internal',
                    'database' => '0',
                    'port' => '6379',
                    'password' => 'Outd00r-sessions'
                ]
            ],
            'page_cache' => [
                'id_prefix' => '⟦short_sha:cacheprefix⟧_'
            ]
        ],
        'allow_parallel_generation' => false
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
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'environment' => 'production',
                    'merchant_id' => 'k7x2m9q4r8t1v6w3',
                    'public_key' => 'p9d4f7h2j5k8m3n6',
                    'private_key' => '⟦braintree_private_key⟧'
                ]
            ],
            'catalog' => [
                'search' => [
                    'engine' => 'opensearch',
                    'opensearch_server_hostname' => 'opensearch.outdoor.internal',
                    'opensearch_enable_auth' => '1',
                    'opensearch_username' => 'magento',
                    'opensearch_password' => '⟦password:opensearch⟧'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 12 Mar 2024 09:41:07 +0000'
    ]
];
