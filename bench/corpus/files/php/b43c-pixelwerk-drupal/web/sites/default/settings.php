<?php

// phpcs:ignoreFile

/**
 * @file
 * Drupal site-specific configuration file — Naturpark Hunsrück-Hochwald (prod).
 *
 * Maintained by Pixelwerk Agentur. Local development uses settings.ddev.php, which is
 * included at the bottom when IS_DDEV_PROJECT is set.
 */

$databases['default']['default'] = [
  'database' => 'naturpark_d10',
  'username' => 'naturpark',
  'password' => '⟦password:d10db⟧',
  'prefix' => '',
  'host' => '10.20.0.12',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

/**
 * Salt for one-time login links, cancel links, form tokens, etc.
 */
$settings['hash_salt'] = '⟦b39b_drupal_hash_salt:np⟧';

$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/vhosts/naturpark-hh.de/private';
$settings['update_free_access'] = FALSE;
$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];
$settings['entity_update_batch_size'] = 50;
$settings['entity_update_backup'] = TRUE;
$settings['migrate_node_migrate_type_classic'] = FALSE;

$settings['trusted_host_patterns'] = [
  '^www\.naturpark-hh\.de$',
  '^naturpark-hh\.de$',
];

$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.20.0.2'];

// SMTP module: Mailjet relay. Overridden here so it never lands in config export.
$config['smtp.settings']['smtp_on'] = TRUE;
$config['smtp.settings']['smtp_host'] = 'in-v3.mailjet.com';
$config['smtp.settings']['smtp_port'] = '587';
$config['smtp.settings']['smtp_protocol'] = 'tls';
$config['smtp.settings']['smtp_username'] = '⟦md5:mjpub⟧';
$config['smtp.settings']['smtp_password'] = '⟦mailjet_secret:np⟧';

// Search API Solr (Hosted at opensolr), basic auth on the core
$config['search_api.server.solr']['backend_config']['connector_config']['username'] = 'naturpark';
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = getenv('SOLR_PASSWORD');

// Geolocation field: Google Maps key restricted to *.naturpark-hh.de (browser key)
$config['geolocation_google_maps.settings']['google_map_api_key'] = getenv('GOOGLE_MAPS_BROWSER_KEY');

if (getenv('IS_DDEV_PROJECT') == 'true' && file_exists(__DIR__ . '/settings.ddev.php')) {
  include __DIR__ . '/settings.ddev.php';
}
