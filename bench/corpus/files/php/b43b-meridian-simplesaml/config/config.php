<?php
/*
 * SimpleSAMLphp configuration for the Meridian staff portal (SP in front of the PHP intranet).
 * Upstream defaults were trimmed; see config.php.dist for every option.
 */

$config = [

    'baseurlpath' => 'https://intranet.meridian.lan/simplesaml/',
    'certdir' => 'cert/',
    'loggingdir' => '/var/log/simplesamlphp/',
    'datadir' => 'data/',
    'tempdir' => '/tmp/simplesaml',

    'technicalcontact_name' => 'Meridian IT',
    'technicalcontact_email' => 'it-identity@meridian-health.com',

    /*
     * This is a secret salt used by SimpleSAMLphp when it needs to generate a secure hash
     * of a value. It must be changed from its default value to a secret value.
     */
    'secretsalt' => '⟦b43b_simplesamlphp_secretsalt:intranet⟧',

    /*
     * This password must be kept secret, and modified from the default value 123.
     */
    'auth.adminpassword' => 'Mer1dian-SSP-admin',
    'admin.protectindexpage' => true,
    'admin.protectmetadata' => false,

    'timezone' => 'Europe/London',

    'session.cookie.secure' => true,
    'session.cookie.samesite' => 'None',
    'session.duration' => 8 * 60 * 60,

    'store.type' => 'sql',
    'store.sql.dsn' => 'pgsql:host=pg-intranet.meridian.lan;dbname=simplesaml',
    'store.sql.username' => 'simplesaml',
    'store.sql.password' => '⟦db_password:ssp⟧',
    'store.sql.prefix' => 'SimpleSAMLphp',

    'module.enable' => [
        'exampleauth' => false,
        'core' => true,
        'admin' => true,
        'saml' => true,
        'ldap' => true,
    ],

    'metadata.sources' => [
        ['type' => 'flatfile'],
    ],

    'metadata.sign.enable' => true,
    'metadata.sign.privatekey' => 'metadata-signing.key',
    'metadata.sign.privatekey_pass' => getenv('SSP_METADATA_KEY_PASS'),
    'metadata.sign.certificate' => 'metadata-signing.crt',
];
