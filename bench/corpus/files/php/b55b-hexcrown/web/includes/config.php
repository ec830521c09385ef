<?php
/**
 * hexcrown.gg community site (bans page, store redirect, Steam login, server status)
 * Included by every page. Keep this file out of the public webroot... it is in includes/ with a deny rule.
 */

define('SITE_NAME', 'Hexcrown');
define('SITE_URL', 'https://hexcrown.gg');

// MySQL (sourcebans++ and the site share one database)
$db_config = [
    'host' => 'localhost',
    'name' => 'hexcrown_web',
    'user' => 'hexweb',
    'pass' => 'Sb++Hexcrown2022',
    'charset' => 'utf8mb4',
];

// Steam OpenID login + profile lookups
define('STEAM_API_KEY', '⟦b39c_steam_web_api_key:web⟧');
define('STEAM_LOGIN_RETURN', SITE_URL . '/login/steam/callback.php');

// Tebex headless API for the store widget; the public token is fine in JS, the private key is not
define('TEBEX_PUBLIC_TOKEN', 'hex7-⟦b39c_gameanalytics_game_key:teb|slice=0-24⟧');
define('TEBEX_PRIVATE_KEY', '⟦b39c_tebex_secret:web⟧');

// Server status (queries via RCON because A2S is filtered by the host)
$servers = [
    ['name' => 'Rust 2x', 'host' => 'node1.hexcrown.gg', 'rcon_port' => 28016, 'rcon' => '⟦b55b_rcon_password:rust⟧', 'type' => 'webrcon'],
    ['name' => 'CS2 Retakes #1', 'host' => 'node3.hexcrown.gg', 'rcon_port' => 27015, 'rcon' => '⟦b55b_rcon_password:cs2⟧', 'type' => 'source'],
    ['name' => 'SMP', 'host' => 'node2.hexcrown.gg', 'rcon_port' => 25575, 'rcon' => getenv('MC_RCON_PASSWORD'), 'type' => 'minecraft'],
];

// Discord "new ban" notifications
define('DISCORD_BANS_WEBHOOK', '⟦discord_webhook:bans⟧');

define('SESSION_NAME', 'hexsess');
ini_set('session.cookie_secure', '1');
ini_set('session.cookie_httponly', '1');
