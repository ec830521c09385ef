<?php
/**
 * Plugin Name: NTU Sync
 * Description: Sends "Join the union" form signups to Action Network and Bloomerang. Shows dues totals from Donorbox.
 * Version: 0.4.2
 * Author: Northside Tenants Union volunteers
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Settings page never got finished, so the keys live here for now. -- Ade, March 2024
define( 'NTU_AN_API_KEY', '⟦b49a_actionnetwork_api_key:wp⟧' );
define( 'NTU_AN_FORM_ID', '8c3f9a1e-2b7d-4e6a-9c0f-5d1b3a7e9f20' );
define( 'NTU_BLOOMERANG_KEY', '⟦b49a_bloomerang_private_key:wp⟧' );
define( 'NTU_BLOOMERANG_PUBLIC_KEY', '⟦b49a_bloomerang_public_key:wp⟧' );
define( 'NTU_DONORBOX_EMAIL', 'treasurer@northsidetenants.org' );
define( 'NTU_DONORBOX_KEY', '⟦b49a_donorbox_api_key:wp⟧' );

add_action( 'gform_after_submission_3', 'ntu_sync_member_signup', 10, 2 );

function ntu_sync_member_signup( $entry, $form ) {
	$person = array(
		'person' => array(
			'given_name'      => rgar( $entry, '1.3' ),
			'family_name'     => rgar( $entry, '1.6' ),
			'email_addresses' => array( array( 'address' => rgar( $entry, '2' ) ) ),
			'phone_numbers'   => array( array( 'number' => rgar( $entry, '4' ), 'number_type' => 'Mobile' ) ),
			'postal_addresses' => array( array(
				'address_lines' => array( rgar( $entry, '5.1' ) ),
				'locality'      => rgar( $entry, '5.3' ),
				'region'        => 'IL',
				'postal_code'   => rgar( $entry, '5.5' ),
			) ),
			'custom_fields'   => array(
				'building'       => rgar( $entry, '6' ),
				'landlord'       => rgar( $entry, '7' ),
			),
		),
		'add_tags' => array( 'member-signup', 'building:' . sanitize_title( rgar( $entry, '6' ) ) ),
	);

	$an = wp_remote_post(
		'https://actionnetwork.org/api/v2/forms/' . NTU_AN_FORM_ID . '/submissions/',
		array(
			'headers' => array(
				'OSDI-API-Token' => NTU_AN_API_KEY,
				'Content-Type'   => 'application/json',
			),
			'body'    => wp_json_encode( $person ),
			'timeout' => 20,
		)
	);
	if ( is_wp_error( $an ) || wp_remote_retrieve_response_code( $an ) >= 300 ) {
		error_log( 'NTU Sync: Action Network failed: ' . print_r( $an, true ) );
	}

	$bloom = wp_remote_post(
		'https://api.bloomerang.co/v2/constituent',
		array(
			'headers' => array(
				'X-API-KEY'    => NTU_BLOOMERANG_KEY,
				'Content-Type' => 'application/json',
			),
			'body'    => wp_json_encode( array(
				'Type'         => 'Individual',
				'FirstName'    => rgar( $entry, '1.3' ),
				'LastName'     => rgar( $entry, '1.6' ),
				'PrimaryEmail' => array( 'Type' => 'Home', 'Value' => rgar( $entry, '2' ) ),
			) ),
			'timeout' => 20,
		)
	);
	if ( is_wp_error( $bloom ) ) {
		error_log( 'NTU Sync: Bloomerang failed: ' . $bloom->get_error_message() );
	}
}

add_shortcode( 'ntu_dues_total', function () {
	$cached = get_transient( 'ntu_dues_total' );
	if ( false !== $cached ) {
		return esc_html( $cached );
	}
	$resp = wp_remote_get(
		'https://donorbox.org/api/v1/campaigns',
		array(
			'headers' => array(
				'Authorization' => 'Basic ' . base64_encode( NTU_DONORBOX_EMAIL . ':' . NTU_DONORBOX_KEY ),
			),
			'timeout' => 15,
		)
	);
	$total = 0;
	foreach ( json_decode( wp_remote_retrieve_body( $resp ), true ) ?: array() as $c ) {
		if ( 'Monthly Dues' === $c['name'] ) {
			$total = $c['total_raised'];
		}
	}
	$text = '$' . number_format( (float) $total ) . ' raised in dues';
	set_transient( 'ntu_dues_total', $text, HOUR_IN_SECONDS );
	return esc_html( $text );
} );
