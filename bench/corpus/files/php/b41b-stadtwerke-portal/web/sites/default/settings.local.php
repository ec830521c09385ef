<?php

// phpcs:ignoreFile

/**
 * @file
 * Local settings for www.stadtwerke-ebersfeld.de (prod web01/web02).
 *
 * Included from settings.php:
 *   if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
 *     include $app_root . '/' . $site_path . '/settings.local.php';
 *   }
 *
 * This file is NOT in git on the servers (deployed by ansible). The copy in the
 * repo was committed by mistake in 2023, see ticket WEB-412.
 */

$databases['default']['default'] = [
  'database' => 'swe_drupal',
  'username' => 'swe_drupal',
  'password' => '⟦db_password:drupal⟧',
  'prefix' => '',
  'host' => 'mariadb01.swe.intern',
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

// Legacy outage map (read-only, separate DB)
$databases['stoerungen']['default'] = [
  'database' => 'stoerungsmelder',
  'username' => 'drupal_ro',
  'password' => 'Ro!Stoerung2021',
  'host' => 'pgsql-gis.swe.intern',
  'port' => '5432',
  'driver' => 'pgsql',
  'prefix' => '',
];

$settings['hash_salt'] = '⟦b39b_drupal_hash_salt⟧';

$settings['trusted_host_patterns'] = [
  '^www\.stadtwerke-ebersfeld\.de$',
  '^stadtwerke-ebersfeld\.de$',
];

$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.40.1.10', '10.40.1.11'];

$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/srv/drupal-private';

// SMTP module: Microsoft 365 mailbox for the contact forms
$config['smtp.settings']['smtp_on'] = TRUE;
$config['smtp.settings']['smtp_host'] = 'smtp.office365.com';
$config['smtp.settings']['smtp_port'] = '587';
$config['smtp.settings']['smtp_protocol'] = 'tls';
$config['smtp.settings']['smtp_username'] = 'kontakt@stadtwerke-ebersfeld.de';
$config['smtp.settings']['smtp_password'] = 'Kontakt2023!swe';

// S3 File System for the public media library
$config['s3fs.settings']['bucket'] = 'swe-drupal-media';
$config['s3fs.settings']['region'] = 'eu-central-1';
$settings['s3fs.access_key'] = '⟦aws_access_key_id⟧';
$settings['s3fs.secret_key'] = '⟦aws_secret_access_key⟧';

// Search API Solr (hosted)
$config['search_api.server.solr']['backend_config']['connector_config']['username'] = 'swe-drupal';
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = getenv('SOLR_PASSWORD');

// Mailchimp newsletter block
$config['mailchimp.settings']['api_key'] = '⟦mailchimp_api_key⟧';

$settings['skip_permissions_hardening'] = FALSE;
$config['system.logging']['error_level'] = 'hide';
