<?php
/**
 * Plugin Name: MVF shipping keys
 * Description: Carrier and ERP credentials for the Marrow Valley Foods shop (must-use plugin so
 *              the agency can't switch it off). Loaded before WooCommerce.
 * Author: Marrow Valley Foods IT
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// ShipStation for WooCommerce: the "Authentication Key" ShipStation polls the store with
define( 'MVF_SHIPSTATION_AUTH_KEY', '⟦generic_api_key_alnum40:ssauth⟧' );

// Shippo live token used by the "Rates at checkout" snippet
define( 'MVF_SHIPPO_TOKEN', '⟦shippo_token:shop⟧' );

// USPS API (developers.usps.com) - app "mvf-shop-rates"
define( 'MVF_USPS_CONSUMER_KEY', '⟦b45b_usps_consumer_key:shop⟧' );
define( 'MVF_USPS_CONSUMER_SECRET', '⟦b45b_usps_consumer_secret:shop⟧' );

// Odoo: orders are pushed straight to the ERP when paid (integration user API key)
define( 'MVF_ODOO_URL', 'https://erp.marrowvalleyfoods.com' );
define( 'MVF_ODOO_DB', 'mvf_prod' );
define( 'MVF_ODOO_LOGIN', 'webshop@marrowvalleyfoods.com' );
define( 'MVF_ODOO_API_KEY', '⟦b45b_odoo_api_key:shop⟧' );

// WooCommerce REST keys the ERP uses to update stock (read/write)
define( 'MVF_WC_CONSUMER_KEY', '⟦b39a_woocommerce_consumer_key:erp⟧' );
define( 'MVF_WC_CONSUMER_SECRET', '⟦b39a_woocommerce_consumer_secret:erp⟧' );

add_filter( 'woocommerce_shipstation_export_custom_field_2', function () {
	return '_mvf_lot_number';
} );

add_action( 'woocommerce_order_status_processing', function ( $order_id ) {
	$order = wc_get_order( $order_id );
	$payload = array(
		'jsonrpc' => '2.0',
		'method'  => 'call',
		'params'  => array(
			'service' => 'object',
			'method'  => 'execute_kw',
			'args'    => array( MVF_ODOO_DB, 7, MVF_ODOO_API_KEY, 'sale.order', 'create', array( array(
				'client_order_ref' => 'WEB-' . $order->get_order_number(),
				'partner_id'       => 1, // "Web shop customers" placeholder partner
			) ) ),
		),
	);
	wp_remote_post( MVF_ODOO_URL . '/jsonrpc', array(
		'headers' => array( 'Content-Type' => 'application/json' ),
		'body'    => wp_json_encode( $payload ),
		'timeout' => 20,
	) );
} );
