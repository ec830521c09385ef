<?php
return [
    'backend' => [
        'frontName' => 'lk_admin_7x2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1
    ],
    'crypt' => [
        'key' => '⟦generic_api_key_hex32:mage_crypt⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'magento-db.int.larkspurhome.com',
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
            'host' => 'magento-cache.int.larkspurhome.com',
            'port' => '6379',
            'database' => '2'
        ]
    ],
    'system' => [
        'default' => [
            'smtp' => [
                'transport' => 'smtp',
                'host' => 'email-smtp.eu-west-1.amazonaws.com',
                'port' => '587',
                'auth' => 'login',
                'ssl' => 'tls',
                'username' => '⟦aws_access_key_id:magento2⟧',
                'password' => '⟦b39b_ses_smtp_password:magento2⟧'
            ]
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'full_page' => 1
    ],
    'install' => [
        'date' => 'Thu, 09 Mar 2023 14:02:51 +0000'
    ]
];
