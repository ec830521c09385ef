<?php
return [
    'backend' => [
        'frontName' => 'hh_admin_7qk2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq.internal.halvorsenhome.com',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦password:amqp⟧',
            'virtualhost' => '/magento'
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
                'host' => 'hh-prod-mysql.c7vdaq1pxl2m.eu-north-1.rds.amazonaws.com',
                'dbname' => 'magento_prod',
                'username' => 'magento_app',
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
            'host' => 'hh-sessions.xq1c9r.ng.0001.eun1.cache.amazonaws.com',
            'port' => '6379',
            'password' => '⟦password:redis_sess⟧',
            'timeout' => '2.5',
            'persistent_identifier' => '',
            'database' => '2',
            'compression_threshold' => '2048',
            'compression_library' => 'gzip',
            'log_level' => '1',
            'max_concurrency' => '20',
            'break_after_frontend' => '5',
            'break_after_adminhtml' => '30',
            'first_lifetime' => '600',
            'bot_first_lifetime' => '60',
            'bot_lifetime' => '7200',
            'disable_locking' => '1',
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
                    'server' => 'hh-cache.xq1c9r.ng.0001.eun1.cache.amazonaws.com',
                    'database' => '0',
                    'port' => '6379',
                    'password' => '⟦password:redis_cache⟧',
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
        'www.halvorsenhome.com'
    ],
    'install' => [
        'date' => 'Tue, 14 Mar 2023 09:41:17 +0000'
    ]
];
