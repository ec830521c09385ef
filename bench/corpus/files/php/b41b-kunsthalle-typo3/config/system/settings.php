<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '⟦argon2_hash⟧',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'kunsthalle_t3',
                'driver' => 'mysqli',
                'host' => 'db.kunsthalle-nordstadt.de',
                'password' => 'Kunst!Halle#T3-2023',
                'port' => 3306,
                'tableoptions' => [
                    'charset' => 'utf8mb4',
                    'collate' => 'utf8mb4_unicode_ci',
                ],
                'user' => 'kunsthalle_t3',
            ],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => '',
            'backendLogo' => 'EXT:sitepackage/Resources/Public/Images/logo-be.svg',
            'loginBackgroundImage' => '',
            'loginFootnote' => '',
            'loginHighlightColor' => '#c8102e',
            'loginLogo' => '',
            'loginLogoAlt' => '',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
        'ke_search' => [
            'allowEmptySearch' => '1',
            'pathCatdoc' => '/usr/bin/',
            'pathPdftotext' => '/usr/bin/',
        ],
        'mailchimp' => [
            'apiKey' => '⟦mailchimp_api_key⟧',
            'proxy' => '',
            'proxyPort' => '',
        ],
        'ticketshop_connector' => [
            'endpoint' => 'https://api.eventim-light.example/v2/',
            'apiToken' => '⟦generic_api_key_alnum40:ticket⟧',
            'organizerId' => '48213',
        ],
    ],
    'FE' => [
        'debug' => false,
        'disableNoCacheParameter' => true,
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'GFX' => [
        'processor' => 'ImageMagick',
        'processor_effects' => true,
        'processor_enabled' => true,
        'processor_path' => '/usr/bin/',
    ],
    'MAIL' => [
        'defaultMailFromAddress' => 'website@kunsthalle-nordstadt.de',
        'defaultMailFromName' => 'Kunsthalle Nordstadt',
        'transport' => 'smtp',
        'transport_sendmail_command' => '',
        'transport_smtp_encrypt' => true,
        'transport_smtp_password' => '⟦mailjet_secret⟧',
        'transport_smtp_server' => 'in-v3.mailjet.com:587',
        'transport_smtp_username' => '⟦md5:mjkey⟧',
    ],
    'SYS' => [
        'caching' => [
            'cacheConfigurations' => [
                'hash' => [
                    'backend' => 'TYPO3\\CMS\\Core\\Cache\\Backend\\Typo3DatabaseBackend',
                ],
                'pages' => [
                    'backend' => 'TYPO3\\CMS\\Core\\Cache\\Backend\\Typo3DatabaseBackend',
                    'options' => [
                        'compression' => true,
                    ],
                ],
            ],
        ],
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '⟦b41b_typo3_encryption_key⟧',
        'exceptionalErrors' => 4096,
        'sitename' => 'Kunsthalle Nordstadt',
        'systemMaintainers' => [
            1,
            7,
        ],
        'trustedHostsPattern' => '(www\\.)?kunsthalle-nordstadt\\.de',
    ],
];
