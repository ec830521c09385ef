<?php
/**
 * Hopsack CDN glue for the marketing WordPress (hopsack.fm).
 * - offloads uploads to the Bunny storage zone "hopsack-media"
 * - rewrites attachment URLs to the pull zone
 * - signs episode download links (token authentication on the "hopsack-dl" pull zone)
 *
 * @package HopsackCDN
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Account API key (pull zone purge + statistics). Overridden by wp-config.php on prod.
if ( ! defined( 'HOPSACK_BUNNY_API_KEY' ) ) {
	define( 'HOPSACK_BUNNY_API_KEY', '⟦b43c_bunny_api_key:wp⟧' );
}

define( 'HOPSACK_STORAGE_ZONE', 'hopsack-media' );
define( 'HOPSACK_STORAGE_REGION', 'se' ); // Stockholm -> se.storage.bunnycdn.com
define( 'HOPSACK_STORAGE_PASSWORD', '⟦b43c_bunny_storage_password:media⟧' );
define( 'HOPSACK_PULL_ZONE_ID', 2784113 );
define( 'HOPSACK_CDN_HOST', 'media.hopsack.fm' );

// Pull zone "hopsack-dl" > Security > Token Authentication > URL Token Authentication Key
define( 'HOPSACK_DL_TOKEN_KEY', '⟦b66b_bunny_token_auth_key:dl⟧' );
define( 'HOPSACK_DL_HOST', 'dl.hopsack.fm' );
define( 'HOPSACK_DL_TTL', 6 * HOUR_IN_SECONDS );

/**
 * Signed download URL for an episode file (Bunny token auth, SHA256 variant).
 */
function hopsack_signed_download_url( string $path, ?int $expires = null ): string {
	$expires = $expires ?? ( time() + HOPSACK_DL_TTL );
	$path    = '/' . ltrim( $path, '/' );
	$hash    = base64_encode( hash( 'sha256', HOPSACK_DL_TOKEN_KEY . $path . $expires, true ) );
	$token   = str_replace( array( '+', '/', '=' ), array( '-', '_', '' ), $hash );
	return sprintf( 'https://%s%s?token=%s&expires=%d', HOPSACK_DL_HOST, $path, $token, $expires );
}

/**
 * Upload a local file to the storage zone.
 */
function hopsack_storage_put( string $local, string $remote ): bool {
	$url  = sprintf( 'https://%s.storage.bunnycdn.com/%s/%s', HOPSACK_STORAGE_REGION, HOPSACK_STORAGE_ZONE, ltrim( $remote, '/' ) );
	$resp = wp_remote_request(
		$url,
		array(
			'method'  => 'PUT',
			'headers' => array(
				'AccessKey'    => HOPSACK_STORAGE_PASSWORD,
				'Content-Type' => 'application/octet-stream',
			),
			'body'    => file_get_contents( $local ), // phpcs:ignore WordPress.WP.AlternativeFunctions
			'timeout' => 120,
		)
	);
	return ! is_wp_error( $resp ) && 201 === wp_remote_retrieve_response_code( $resp );
}

/**
 * Purge a URL from the pull zone after re-uploading.
 */
function hopsack_purge( string $url ): void {
	wp_remote_post(
		'https://api.bunny.net/purge?async=true&url=' . rawurlencode( $url ),
		array( 'headers' => array( 'AccessKey' => HOPSACK_BUNNY_API_KEY ) )
	);
}

add_filter(
	'wp_get_attachment_url',
	static function ( $url ) {
		return str_replace( home_url( '/wp-content/uploads' ), 'https://' . HOPSACK_CDN_HOST . '/uploads', $url );
	}
);
