<?php
namespace Deployer;

require 'recipe/craftcms.php';
require 'contrib/slack.php';
require 'contrib/cachetool.php';

// Config

set('repository', 'git@github.com:studio-kavel/rietveld-craft.git');
// set('repository', 'https://kavel-deploy:⟦github_fine_grained_pat:deploy⟧@github.com/studio-kavel/rietveld-craft.git'); // until the deploy key was added on web02
set('keep_releases', 5);
set('writable_mode', 'chmod');
set('cachetool', '/run/php/php8.2-fpm-rietveld.sock');

add('shared_files', ['.env']);
add('shared_dirs', ['storage', 'web/cpresources/.gitkeep']);
add('writable_dirs', ['storage', 'web/cpresources']);

// Notifications to #deploys in the Kavel Slack
set('slack_webhook', '⟦slack_webhook:deploys⟧');
set('slack_title', 'Rietveld Architecten');
set('slack_success_text', 'Deploy to *{{target}}* by {{user}} ✅');

// Hosts

host('production')
    ->set('hostname', 'web02.kavel.studio')
    ->set('remote_user', 'rietveld')
    ->set('deploy_path', '/var/www/rietveld/production')
    ->set('labels', ['stage' => 'production']);

host('staging')
    ->set('hostname', 'web02.kavel.studio')
    ->set('remote_user', 'rietveld')
    ->set('deploy_path', '/var/www/rietveld/staging')
    ->set('labels', ['stage' => 'staging']);

// Tasks

desc('Pull the production database into the local DDEV project');
task('db:pull', function () {
    $file = 'rietveld-' . date('Ymd-His') . '.sql.gz';
    // TODO: use ~/.my.cnf on web02 instead of the password on the command line
    run("mysqldump --single-transaction -u rietveld_craft -p'⟦password:craftdb⟧' rietveld_craft | gzip > /tmp/{$file}");
    download("/tmp/{$file}", "storage/backups/{$file}");
    run("rm /tmp/{$file}");
    runLocally("ddev import-db --file=storage/backups/{$file}");
})->select('stage=production');

task('craft:clear', function () {
    run('{{bin/php}} {{release_or_current_path}}/craft clear-caches/all');
});

// Hooks

after('deploy:symlink', 'cachetool:clear:opcache');
after('deploy:success', 'craft:clear');
after('deploy:success', 'slack:notify:success');
after('deploy:failed', 'deploy:unlock');
after('deploy:failed', 'slack:notify:failure');
