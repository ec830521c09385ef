<?php
/**
 * Plugin Name:       Woo Sync for Mailchimp & ERP
 * Plugin URI:        https://github.com/lindenhill/woo-sync
 * Description:       Pushes WooCommerce customers to Mailchimp audiences and orders to the Linden Hill ERP.
 * Version:           1.4.2
 * Requires at least: 6.2
 * Requires PHP:      8.0
 * Author:            Linden Hill Digital
 * License:           GPL-2.0-or-later
 * Text Domain:       woo-sync
 */

defined( 'ABSPATH' ) || exit;

define( 'WOO_SYNC_VERSION', '1.4.2' );
define( 'WOO_SYNC_DIR', plugin_dir_path( __FILE__ ) );

/*
 * Credentials. The settings screen (Settings > Woo Sync) overrides these; the constants are the
 * fallback used by the WP-CLI command on the staging box where the options table is wiped nightly.
 */
if ( ! defined( 'WOO_SYNC_MAILCHIMP_KEY' ) ) {
	define( 'WOO_SYNC_MAILCHIMP_KEY', '⟦mailchimp_api_key⟧' );
}
if ( ! defined( 'WOO_SYNC_MAILCHIMP_LIST' ) ) {
	define( 'WOO_SYNC_MAILCHIMP_LIST', 'b4e1c7f0a2' );
}

// REST API keys of the *production* store, used by the ERP pull (read/write).
const WOO_SYNC_STORE_URL       = 'https://shop.lindenhill.co.uk';
const WOO_SYNC_CONSUMER_KEY    = '⟦b39a_woocommerce_consumer_key⟧';
const WOO_SYNC_CONSUMER_SECRET = '⟦b39a_woocommerce_consumer_secret⟧';

require_once WOO_SYNC_DIR . 'includes/class-mailchimp-client.php';
require_once WOO_SYNC_DIR . 'includes/class-erp-client.php';

function woo_sync_option( string $key, $default = '' ) {
	$opts = get_option( 'woo_sync_settings', array() );
	return ! empty( $opts[ $key ] ) ? $opts[ $key ] : $default;
}

function woo_sync_mailchimp(): Woo_Sync_Mailchimp_Client {
	static $client = null;
	if ( null === $client ) {
		$client = new Woo_Sync_Mailchimp_Client(
			woo_sync_option( 'mailchimp_key', WOO_SYNC_MAILCHIMP_KEY ),
			woo_sync_option( 'mailchimp_list', WOO_SYNC_MAILCHIMP_LIST )
		);
	}
	return $client;
}

add_action( 'woocommerce_created_customer', function ( int $customer_id ) {
	$customer = new WC_Customer( $customer_id );
	if ( ! $customer->get_email() ) {
		return;
	}
	woo_sync_mailchimp()->upsert_member(
		$customer->get_email(),
		array(
			'FNAME' => $customer->get_first_name(),
			'LNAME' => $customer->get_last_name(),
		),
		array( 'woocommerce', 'customer' )
	);
} );

add_action( 'woocommerce_order_status_completed', function ( int $order_id ) {
	$order = wc_get_order( $order_id );
	if ( ! $order ) {
		return;
	}
	wp_schedule_single_event( time() + 30, 'woo_sync_push_order', array( $order_id ) );
} );

add_action( 'woo_sync_push_order', function ( int $order_id ) {
	$erp = new Woo_Sync_Erp_Client( woo_sync_option( 'erp_url', 'https://erp.lindenhill.co.uk/api' ) );
	$erp->push_order( wc_get_order( $order_id ) );
} );

if ( defined( 'WP_CLI' ) && WP_CLI ) {
	WP_CLI::add_command( 'woo-sync backfill', function ( $args, $assoc ) {
		$page  = 1;
		$total = 0;
		do {
			$resp = wp_remote_get(
				add_query_arg(
					array( 'per_page' => 100, 'page' => $page ),
					WOO_SYNC_STORE_URL . '/wp-json/wc/v3/customers'
				),
				array(
					'headers' => array(
						'Authorization' => 'Basic ' . base64_encode( WOO_SYNC_CONSUMER_KEY . ':' . WOO_SYNC_CONSUMER_SECRET ),
					),
					'timeout' => 30,
				)
			);
			$customers = json_decode( wp_remote_retrieve_body( $resp ), true ) ?: array();
			foreach ( $customers as $c ) {
				woo_sync_mailchimp()->upsert_member( $c['email'], array( 'FNAME' => $c['first_name'], 'LNAME' => $c['last_name'] ), array( 'backfill' ) );
				$total++;
			}
			$page++;
		} while ( count( $customers ) === 100 );
		WP_CLI::success( "Synced {$total} customers." );
	} );
}
