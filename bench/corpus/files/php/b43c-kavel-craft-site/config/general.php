<?php
/**
 * General Configuration
 *
 * All of your system's general configuration settings go in here. You can see a
 * list of the available settings in vendor/craftcms/cms/src/config/GeneralConfig.php.
 *
 * @see \craft\config\GeneralConfig
 */

use craft\config\GeneralConfig;
use craft\helpers\App;

$isDev = App::env('CRAFT_ENVIRONMENT') === 'dev';

return GeneralConfig::create()
    // Set the default week start day for date pickers (0 = Sunday, 1 = Monday, etc.)
    ->defaultWeekStartDay(1)
    // Prevent generated URLs from including "index.php"
    ->omitScriptNameInUrls()
    // Enable Dev Mode (see https://craftcms.com/guides/what-dev-mode-does)
    ->devMode(App::env('CRAFT_DEV_MODE') ?? false)
    // Allow administrative changes
    ->allowAdminChanges(App::env('CRAFT_ALLOW_ADMIN_CHANGES') ?? false)
    // Disallow robots
    ->disallowRobots(App::env('CRAFT_DISALLOW_ROBOTS') ?? false)
    // The secure key Craft will use for hashing and encrypting data
    ->securityKey(App::env('CRAFT_SECURITY_KEY'))
    ->cpTrigger('beheer')
    ->maxUploadFileSize('64M')
    ->preventUserEnumeration()
    ->sendPoweredByHeader(false)
    ->aliases([
        '@web' => App::env('PRIMARY_SITE_URL'),
        '@webroot' => dirname(__DIR__) . '/web',
        '@assetBaseUrl' => 'https://' . App::env('S3_BUCKET') . '.s3.eu-ams-1.transip.nl',
    ])
    ->cacheDuration($isDev ? 0 : 86400);
