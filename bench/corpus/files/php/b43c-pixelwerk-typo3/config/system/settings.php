<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '⟦argon2_hash:installtool⟧',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
        'lockSSL' => true,
        'sessionTimeout' => 28800,
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'stadtbibliothek_t3',
                'driver' => 'mysqli',
                'host' => 'db-intern.pixelwerk.local',
                'password' => '⟦password:t3db⟧',
                'port' => 3306,
                'tableoptions' => [
                    'charset' => 'utf8mb4',
                    'collate' => 'utf8mb4_unicode_ci',
                ],
                'user' => 'stb_typo3',
            ],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => 'EXT:stb_sitepackage/Resources/Public/Icons/favicon.svg',
            'backendLogo' => 'EXT:stb_sitepackage/Resources/Public/Images/logo-be.svg',
            'loginBackgroundImage' => '',
            'loginFootnote' => 'Stadtbibliothek Kellerbach · Betreuung: Pixelwerk Agentur',
            'loginHighlightColor' => '#00577b',
            'loginLogo' => '',
            'loginLogoAlt' => '',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
        'scheduler' => [
            'maxLifetime' => '1440',
        ],
        'solr' => [
            'allowLegacySiteMode' => '0',
        ],
    ],
    'FE' => [
        'cacheHash' => [
            'enforceValidation' => true,
        ],
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
    'LOG' => [
        'TYPO3' => [
            'CMS' => [
                'deprecations' => [
                    'writerConfiguration' => [
                        'notice' => [
                            'TYPO3\CMS\Core\Log\Writer\FileWriter' => [
                                'disabled' => true,
                            ],
                        ],
                    ],
                ],
            ],
        ],
    ],
    'MAIL' => [
        'defaultMailFromAddress' => 'noreply@stadtbibliothek-kellerbach.de',
        'defaultMailFromName' => 'Stadtbibliothek Kellerbach',
        'transport' => 'smtp',
        'transport_sendmail_command' => '',
        'transport_smtp_encrypt' => true,
        'transport_smtp_password' => '⟦password:t3smtp⟧',
        'transport_smtp_server' => 'smtp.kellerbach.de:465',
        'transport_smtp_username' => 'typo3-bibliothek@kellerbach.de',
    ],
    'SYS' => [
        'caching' => [
            'cacheConfigurations' => [
                'hash' => [
                    'backend' => 'TYPO3\\CMS\\Core\\Cache\\Backend\\RedisBackend',
                    'options' => ['hostname' => '127.0.0.1', 'database' => 3],
                ],
            ],
        ],
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '⟦b41b_typo3_encryption_key:stb⟧',
        'exceptionalErrors' => 4096,
        'features' => [
            'security.backend.enforceReferrer' => true,
            'security.usePasswordPolicyForFrontendUsers' => true,
        ],
        'sitename' => 'Stadtbibliothek Kellerbach',
        'systemMaintainers' => [1, 4],
        'trustedHostsPattern' => '(www\\.)?stadtbibliothek-kellerbach\\.de',
    ],
];
