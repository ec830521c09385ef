<?php

// phpcs:ignoreFile

/**
 * @file
 * Drupal site-specific configuration file.
 *
 * IMPORTANT NOTE:
 * This file may have been set to read-only by the Drupal installation program.
 * If you make changes to this file, be sure to protect it again after making
 * your modifications. Failure to remove write permissions to this file is a
 * security risk.
 */

/**
 * Database settings:
 */
$databases['default']['default'] = [
  'database' => 'council_d10',
  'username' => 'council',
  'password' => 'Cou#ncil-D10-db',
  'prefix' => '',
  'host' => 'mariadb.council.internal',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

/**
 * Location of the site configuration files.
 */
$settings['config_sync_directory'] = '../config/sync';

/**
 * Salt for one-time login links, cancel links, form tokens, etc.
 *
 * This variable will be set to a random value by the installer. All one-time
 * login links will be invalidated if the value is changed.
 */
$settings['hash_salt'] = '⟦b39b_drupal_hash_salt⟧';

/**
 * Deployment identifier.
 */
$settings['deployment_identifier'] = '⟦short_sha:deploy⟧';

/**
 * Access control for update.php script.
 */
$settings['update_free_access'] = FALSE;

/**
 * Reverse Proxy Configuration:
 */
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.0.0.10', '10.0.0.11'];

/**
 * Private file path.
 */
$settings['file_private_path'] = '/var/www/private';

/**
 * Trusted host configuration.
 */
$settings['trusted_host_patterns'] = [
  '^www\.council-example\.gov\.uk$',
  '^council-example\.gov\.uk$',
];

/**
 * SMTP module overrides (Microsoft 365 relay).
 */
$config['smtp.settings']['smtp_on'] = TRUE;
$config['smtp.settings']['smtp_host'] = 'smtp.office365.com';
$config['smtp.settings']['smtp_port'] = '587';
$config['smtp.settings']['smtp_protocol'] = 'tls';
$config['smtp.settings']['smtp_username'] = 'web-forms@council-example.gov.uk';
$config['smtp.settings']['smtp_password'] = 'W3bForms!Spring24';

/**
 * Search API Solr (hosted) and GOV.UK Notify.
 */
$config['search_api.server.solr_cloud']['backend_config']['connector_config']['password'] = '⟦password:solr⟧';
$config['notify.settings']['api_key'] = '⟦b39b_govuk_notify_key⟧';

/**
 * Load services definition file.
 */
$settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';

$settings['file_scan_ignore_directories'] = [
  'node_modules',
  'bower_components',
];

$settings['entity_update_batch_size'] = 50;
$settings['entity_update_backup'] = TRUE;
$settings['migrate_node_migrate_type_classic'] = FALSE;

/**
 * Load local development override configuration, if available.
 */
if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
