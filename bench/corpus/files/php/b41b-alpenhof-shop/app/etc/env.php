<?php
return [
    'backend' => [
        'frontName' => 'verwaltung_k7q2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq.alpenhof.internal',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦password:amqp⟧',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '⟦b39b_magento_crypt_key:old⟧
⟦b39b_magento_crypt_key:new⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db-primary.alpenhof.internal',
                'dbname' => 'alpenhof_m2',
                'username' => 'alpenhof_m2',
                'password' => 'Alpenhof-Shop#2022',
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
            'host' => 'redis-session.alpenhof.internal',
            'port' => '6379',
            'password' => '⟦db_password:redis⟧',
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
                'id_prefix' => '69d_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis-cache.alpenhof.internal',
                    'database' => '0',
                    'port' => '6379',
                    'password' => '⟦db_password:redis⟧',
                    'compress_data' => '1'
                ]
            ],
            'page_cache' => [
                'id_prefix' => '69d_'
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
    'downloadable_domains' => [
        'www.alpenhof-shop.at'
    ],
    'install' => [
        'date' => 'Thu, 14 Apr 2022 08:51:17 +0000'
    ],
    'system' => [
        'default' => [
            'smtp' => [
                'configuration_option' => [
                    'host' => 'email-smtp.eu-central-1.amazonaws.com',
                    'port' => '587',
                    'username' => '⟦aws_access_key_id:ses⟧',
                    'password' => '⟦b39b_ses_smtp_password⟧'
                ]
            ],
            'catalog' => [
                'search' => [
                    'engine' => 'opensearch',
                    'opensearch_server_hostname' => 'search.alpenhof.internal',
                    'opensearch_enable_auth' => '1',
                    'opensearch_username' => 'magento',
                    'opensearch_password' => '⟦password:opensearch⟧'
                ]
            ],
            'payment' => [
                'payone_general' => [
                    'global' => [
                        'key' => '⟦b41b_magento_encrypted:payone⟧'
                    ]
                ]
            ]
        ]
    ]
];
