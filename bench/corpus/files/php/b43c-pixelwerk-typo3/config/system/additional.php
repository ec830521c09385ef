<?php
// Environment-specific overrides. Values come from the Plesk "Additional nginx / PHP-FPM
// env" panel (production) or from .ddev/.env (local). Nothing secret is committed here.

defined('TYPO3') or die();

$env = static fn (string $name, $default = null) => getenv($name) !== false ? getenv($name) : $default;

if ($env('TYPO3_DB_PASSWORD')) {
    $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'] = array_merge(
        $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'],
        [
            'host' => $env('TYPO3_DB_HOST', 'db'),
            'dbname' => $env('TYPO3_DB_NAME', 'db'),
            'user' => $env('TYPO3_DB_USER', 'db'),
            'password' => $env('TYPO3_DB_PASSWORD'),
        ]
    );
}

if ($env('TYPO3_SMTP_PASSWORD')) {
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_password'] = $env('TYPO3_SMTP_PASSWORD');
}

// Solr core credentials: read from the file mounted by the hosting panel
$solrSecret = '/var/www/vhosts/stadtbibliothek-kellerbach.de/private/solr.secret';
if (is_readable($solrSecret)) {
    $GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['solr']['password'] = trim(file_get_contents($solrSecret));
}

if (\TYPO3\CMS\Core\Core\Environment::getContext()->isDevelopment()) {
    $GLOBALS['TYPO3_CONF_VARS']['BE']['debug'] = true;
    $GLOBALS['TYPO3_CONF_VARS']['FE']['debug'] = true;
    $GLOBALS['TYPO3_CONF_VARS']['SYS']['devIPmask'] = '*';
    $GLOBALS['TYPO3_CONF_VARS']['SYS']['displayErrors'] = 1;
    $GLOBALS['TYPO3_CONF_VARS']['SYS']['trustedHostsPattern'] = '.*';
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = 'localhost:1025';
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_password'] = '';
}
