<?php
$CONFIG = array (
  'htaccess.RewriteBase' => '/',
  'memcache.local' => '\\OC\\Memcache\\APCu',
  'memcache.distributed' => '\\OC\\Memcache\\Redis',
  'memcache.locking' => '\\OC\\Memcache\\Redis',
  'redis' =>
  array (
    'host' => 'redis.okapi.internal',
    'password' => '⟦password:nc-redis⟧',
    'port' => 6379,
  ),
  'apps_paths' =>
  array (
    0 =>
    array (
      'path' => '/var/www/html/apps',
      'url' => '/apps',
      'writable' => false,
    ),
    1 =>
    array (
      'path' => '/var/www/html/custom_apps',
      'url' => '/custom_apps',
      'writable' => true,
    ),
  ),
  'objectstore' =>
  array (
    'class' => '\\OC\\Files\\ObjectStore\\S3',
    'arguments' =>
    array (
      'bucket' => 'nextcloud',
      'region' => 'us-east-1',
      'hostname' => 'minio.okapi.internal',
      'port' => 9000,
      'use_ssl' => true,
      'use_path_style' => true,
      'autocreate' => false,
      'key' => 'nextcloud-primary',
      'secret' => '⟦password:minio-nc⟧',
    ),
  ),
  'upgrade.disable-web' => true,
  'instanceid' => '⟦b53c_nextcloud_instanceid⟧',
  'passwordsalt' => '⟦b53c_nextcloud_passwordsalt⟧',
  'secret' => '⟦b53c_nextcloud_secret⟧',
  'trusted_domains' =>
  array (
    0 => 'cloud.okapi-logistics.eu',
    1 => 'nextcloud.okapi.internal',
  ),
  'trusted_proxies' =>
  array (
    0 => '10.40.0.2',
  ),
  'overwrite.cli.url' => 'https://cloud.okapi-logistics.eu',
  'overwriteprotocol' => 'https',
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '28.0.6.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'pg-cloud.okapi.internal',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => '⟦db_password:nc⟧',
  'installed' => true,
  'default_phone_region' => 'DE',
  'maintenance_window_start' => 1,
  'mail_smtpmode' => 'smtp',
  'mail_sendmailmode' => 'smtp',
  'mail_from_address' => 'cloud-noreply',
  'mail_domain' => 'okapi-logistics.eu',
  'mail_smtphost' => 'smtp.office365.com',
  'mail_smtpport' => '587',
  'mail_smtpsecure' => 'tls',
  'mail_smtpauth' => 1,
  'mail_smtpauthtype' => 'LOGIN',
  'mail_smtpname' => 'cloud-noreply@okapi-logistics.eu',
  'mail_smtppassword' => 'Okapi!Cloud#Mail24',
  'ldapProviderFactory' => 'OCA\\User_LDAP\\LDAPProviderFactory',
  'loglevel' => 2,
  'log_type' => 'file',
  'logfile' => '/var/www/html/data/nextcloud.log',
  'maintenance' => false,
  'theme' => '',
  'app_install_overwrite' =>
  array (
    0 => 'spreed',
  ),
);
