<?php
return [
    'backend' => [
        'frontName' => 'admin_k7q2x'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => '127.0.0.1',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦password:amqp⟧',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '⟦b39b_magento_crypt_key:adire⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'localhost',
                'dbname' => 'adire_m2',
                'username' => 'adire_m2',
                'password' => '⟦password:m2db⟧',
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
            'host' => '127.0.0.1',
            'port' => '6379',
            'password' => '',
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
                'id_prefix' => 'a1f_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => '127.0.0.1',
                    'database' => '0',
                    'port' => '6379'
                ]
            ],
            'page_cache' => [
                'id_prefix' => 'a1f_'
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
                'paypal_express' => [
                    'api_username' => 'payments_api1.adirestudio.co.uk',
                    'api_password' => '⟦generic_key_upper16:ppapi⟧',
                    'api_signature' => '⟦generic_api_key_alnum40:ppsig⟧'
                ]
            ],
            'smtp' => [
                'general' => [
                    'enabled' => '1'
                ],
                'configuration_option' => [
                    'host' => 'smtp-relay.brevo.com',
                    'port' => '587',
                    'protocol' => 'tls',
                    'authentication' => 'login',
                    'username' => 'orders@adirestudio.co.uk',
                    'password' => '⟦b39b_brevo_smtp_key:m2⟧'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 09 Jan 2024 14:22:51 +0000'
    ]
];
