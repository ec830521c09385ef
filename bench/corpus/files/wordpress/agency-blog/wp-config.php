<?php
define('DB_NAME', 'agency_blog');
define('DB_USER', 'root');
define('DB_PASSWORD', 'password123');
define('DB_HOST', '127.0.0.1:3306');
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');

define('AUTH_KEY',         '⟦wordpress_salt⟧');
define('SECURE_AUTH_KEY',  '⟦wordpress_salt⟧');
define('LOGGED_IN_KEY',    '⟦wordpress_salt⟧');
define('NONCE_KEY',        '⟦wordpress_salt⟧');
define('AUTH_SALT',        '⟦wordpress_salt⟧');
define('SECURE_AUTH_SALT', '⟦wordpress_salt⟧');
define('LOGGED_IN_SALT',   '⟦wordpress_salt⟧');
define('NONCE_SALT',       '⟦wordpress_salt⟧');

$table_prefix  = 'ag_';
define('WP_DEBUG', true);
define('FS_METHOD', 'direct');
define('AS3CF_SETTINGS', serialize(array(
    'provider' => 'aws',
    'access-key-id' => '⟦aws_access_key_id⟧',
    'secret-access-key' => '⟦aws_secret_access_key⟧',
)));

if ( !defined('ABSPATH') )
	define('ABSPATH', dirname(__FILE__) . '/');
require_once(ABSPATH . 'wp-settings.php');
