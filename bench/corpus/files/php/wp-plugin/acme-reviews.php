<?php
/**
 * Plugin Name: Acme Reviews
 * Description: Pulls product reviews from the Trustpilot and Google Places APIs.
 * Version: 1.3.2
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const ACME_REVIEWS_PLACES_KEY = '⟦gcp_api_key⟧';
const ACME_REVIEWS_TRUSTPILOT_SECRET = '⟦generic_api_key_alnum40:tp|slice=0-32⟧';

function acme_reviews_fetch( $place_id ) {
	$url = add_query_arg(
		array( 'place_id' => $place_id, 'fields' => 'reviews', 'key' => ACME_REVIEWS_PLACES_KEY ),
		'https://maps.googleapis.com/maps/api/place/details/json'
	);
	$response = wp_remote_get( $url, array( 'timeout' => 8 ) );
	return is_wp_error( $response ) ? array() : json_decode( wp_remote_retrieve_body( $response ), true );
}

add_shortcode( 'acme_reviews', function ( $atts ) {
	$atts = shortcode_atts( array( 'place' => '' ), $atts );
	$data = acme_reviews_fetch( sanitize_text_field( $atts['place'] ) );
	return esc_html( count( $data['result']['reviews'] ?? array() ) . ' reviews' );
} );
