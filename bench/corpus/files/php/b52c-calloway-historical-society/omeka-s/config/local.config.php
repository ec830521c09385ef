<?php
/*
 * Omeka S local configuration -- archive.calloway-history.org
 * Secrets are NOT in this file: database credentials are in database.ini (not in git) and the
 * mail password comes from the environment set in /etc/apache2/envvars.
 */
return [
    'logger' => [
        'log' => true,
        'priority' => \Laminas\Log\Logger::WARN,
    ],
    'http_client' => [
        'sslcapath' => '/etc/ssl/certs',
    ],
    'cli' => [
        'phpcli_path' => '/usr/bin/php8.1',
    ],
    'thumbnails' => [
        'types' => [
            'large' => ['constraint' => 1200],
            'medium' => ['constraint' => 400],
            'square' => ['constraint' => 400],
        ],
        'thumbnailer_options' => [
            'imagemagick_dir' => '/usr/bin',
        ],
    ],
    'translator' => [
        'locale' => 'en_US',
    ],
    'mail' => [
        'transport' => [
            'type' => 'smtp',
            'options' => [
                'name' => 'archive.calloway-history.org',
                'host' => 'smtp.gmail.com',
                'port' => 587,
                'connection_class' => 'login',
                'connection_config' => [
                    'username' => 'archive@calloway-history.org',
                    'password' => getenv('OMEKA_SMTP_PASSWORD'),
                    'ssl' => 'tls',
                ],
            ],
        ],
    ],
    'file_store' => [
        'local' => [
            'base_path' => null,
            'base_uri' => null,
        ],
    ],
    'service_manager' => [
        'aliases' => [
            'Omeka\File\Store' => 'Omeka\File\Store\Local',
            'Omeka\File\Thumbnailer' => 'Omeka\File\Thumbnailer\ImageMagick',
        ],
    ],
];
