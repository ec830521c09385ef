<?php
// ** MySQL settings ** //
define('DB_NAME', 'quaysid_wp');
define('DB_USER', 'quaysid_wp');
define('DB_PASSWORD', '⟦password:qddb⟧');
define('DB_HOST', 'localhost:/var/run/mysqld/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');

/* Pixel Harbour staging (kept for reference – staging deleted 2022)
define('DB_NAME', 'ph_quayside_stg');
define('DB_USER', 'ph_stg');
define('DB_PASSWORD', 'PixelHarbour!stg');
define('DB_HOST', 'db2.pixelharbour.net');
*/

/** Keys and salts live outside the webroot-managed file so Fernhill's deploys don't overwrite them */
require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'qd_';

/** Redis Object Cache (34SP managed Redis) */
define( 'WP_REDIS_HOST', 'redis-qd.34sp.internal' );
define( 'WP_REDIS_PORT', 6380 );
define( 'WP_REDIS_SCHEME', 'tls' );
define( 'WP_REDIS_PASSWORD', '⟦db_password:redis⟧' );
define( 'WP_REDIS_PREFIX', 'quaysidedental:' );

/** Dentally booking widget */
define( 'DENTALLY_SITE_ID', '⟦uuid:dentally-site⟧' );
define( 'DENTALLY_API_TOKEN', '⟦generic_api_key_alnum40:dentally⟧' );

define( 'AUTOMATIC_UPDATER_DISABLED', false );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_DEBUG', false );

if ( !defined('ABSPATH') )
	define('ABSPATH', dirname(__FILE__) . '/');

require_once(ABSPATH . 'wp-settings.php');
