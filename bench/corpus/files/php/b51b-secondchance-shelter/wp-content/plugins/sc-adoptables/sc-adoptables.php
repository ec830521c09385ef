<?php
/**
 * Plugin Name: SC Adoptables
 * Description: Shows adoptable animals from Shelterluv on secondchancerescue.org, with Petfinder as fallback.
 * Version: 1.6.2
 * Author: Second Chance Animal Rescue volunteers
 */

if (!defined('ABSPATH')) {
    exit;
}

// Shelterluv: Settings > Integrations > API key (read/write! Shelterluv has no read-only keys)
define('SC_SHELTERLUV_API_KEY', '⟦b51b_shelterluv_api_key:wp⟧');

// Petfinder v2 — key is the client id, secret below
define('SC_PETFINDER_KEY', '⟦b51b_petfinder_api_key:wp⟧');
define('SC_PETFINDER_SECRET', '⟦b51b_petfinder_secret:wp⟧');
define('SC_PETFINDER_ORG', 'MN412');

define('SC_CACHE_TTL', 15 * MINUTE_IN_SECONDS);

function sc_shelterluv_animals(): array {
    $cached = get_transient('sc_shelterluv_animals');
    if ($cached !== false) {
        return $cached;
    }
    $resp = wp_remote_get('https://www.shelterluv.com/api/v1/animals?status_type=publishable&limit=100', [
        'headers' => ['X-Api-Key' => SC_SHELTERLUV_API_KEY],
        'timeout' => 15,
    ]);
    if (is_wp_error($resp) || wp_remote_retrieve_response_code($resp) !== 200) {
        return sc_petfinder_animals();
    }
    $body = json_decode(wp_remote_retrieve_body($resp), true);
    $animals = array_map('sc_normalize_shelterluv', $body['animals'] ?? []);
    set_transient('sc_shelterluv_animals', $animals, SC_CACHE_TTL);
    return $animals;
}

function sc_petfinder_token(): ?string {
    $tok = get_transient('sc_petfinder_token');
    if ($tok) {
        return $tok;
    }
    $resp = wp_remote_post('https://api.petfinder.com/v2/oauth2/token', [
        'body' => [
            'grant_type' => 'client_credentials',
            'client_id' => SC_PETFINDER_KEY,
            'client_secret' => SC_PETFINDER_SECRET,
        ],
    ]);
    if (is_wp_error($resp)) {
        return null;
    }
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    set_transient('sc_petfinder_token', $data['access_token'], $data['expires_in'] - 60);
    return $data['access_token'];
}

function sc_petfinder_animals(): array {
    $tok = sc_petfinder_token();
    if (!$tok) {
        return [];
    }
    $resp = wp_remote_get('https://api.petfinder.com/v2/animals?organization=' . SC_PETFINDER_ORG . '&status=adoptable&limit=100', [
        'headers' => ['Authorization' => 'Bearer ' . $tok],
    ]);
    $body = json_decode(wp_remote_retrieve_body($resp), true);
    return array_map(fn($a) => [
        'id' => 'pf-' . $a['id'],
        'name' => $a['name'],
        'species' => $a['species'],
        'breed' => $a['breeds']['primary'] ?? '',
        'age' => $a['age'],
        'photo' => $a['primary_photo_cropped']['medium'] ?? null,
        'url' => $a['url'],
    ], $body['animals'] ?? []);
}

function sc_normalize_shelterluv(array $a): array {
    return [
        'id' => 'sl-' . $a['Internal-ID'],
        'name' => $a['Name'],
        'species' => $a['Type'],
        'breed' => $a['Breed'],
        'age' => round(($a['Age'] ?? 0) / 12, 1) . ' yrs',
        'photo' => $a['CoverPhoto'] ?? null,
        'url' => 'https://www.shelterluv.com/matchme/adopt/' . $a['ID'],
    ];
}

add_shortcode('sc_adoptables', function ($atts) {
    $atts = shortcode_atts(['species' => ''], $atts);
    $animals = array_filter(sc_shelterluv_animals(), fn($a) => !$atts['species'] || strcasecmp($a['species'], $atts['species']) === 0);
    ob_start();
    include __DIR__ . '/templates/grid.php';
    return ob_get_clean();
});
