<?php
/**
 * Plugin Name: Greenway — server-side conversion events
 * Description: Sends ticket purchases to GA4 (Measurement Protocol) and Meta (Conversions API)
 *              from the WooCommerce thank-you hook, so ad-blockers don't hide conversions.
 * Author: Fernhill Digital
 * Version: 1.3.0
 */

defined( 'ABSPATH' ) || exit;

const GW_GA4_MEASUREMENT_ID = '⟦b43c_ga4_measurement_id:gw⟧';
const GW_GA4_API_SECRET     = '⟦b43c_ga4_api_secret:server⟧'; // Admin > Data streams > Web > Measurement Protocol API secrets ("woo-server")
const GW_META_PIXEL_ID      = '⟦b43c_meta_pixel_id:gw⟧';
const GW_META_CAPI_TOKEN    = '⟦facebook_access_token:capi⟧';

add_action( 'woocommerce_payment_complete', 'gw_send_conversion_events', 20 );

function gw_send_conversion_events( int $order_id ): void {
	$order = wc_get_order( $order_id );
	if ( ! $order || $order->get_meta( '_gw_events_sent' ) ) {
		return;
	}

	$client_id = $order->get_meta( '_ga_client_id' ) ?: ( wp_rand( 100000000, 999999999 ) . '.' . time() );
	$items     = array();
	foreach ( $order->get_items() as $item ) {
		$items[] = array(
			'item_id'   => (string) $item->get_product_id(),
			'item_name' => $item->get_name(),
			'quantity'  => $item->get_quantity(),
			'price'     => (float) $order->get_item_total( $item ),
		);
	}

	wp_remote_post(
		add_query_arg(
			array(
				'measurement_id' => GW_GA4_MEASUREMENT_ID,
				'api_secret'     => GW_GA4_API_SECRET,
			),
			'https://region1.google-analytics.com/mp/collect'
		),
		array(
			'headers' => array( 'Content-Type' => 'application/json' ),
			'body'    => wp_json_encode(
				array(
					'client_id' => $client_id,
					'events'    => array(
						array(
							'name'   => 'purchase',
							'params' => array(
								'transaction_id' => (string) $order_id,
								'currency'       => $order->get_currency(),
								'value'          => (float) $order->get_total(),
								'items'          => $items,
							),
						),
					),
				)
			),
			'timeout' => 5,
		)
	);

	wp_remote_post(
		'https://graph.facebook.com/v19.0/' . GW_META_PIXEL_ID . '/events?access_token=' . GW_META_CAPI_TOKEN,
		array(
			'headers' => array( 'Content-Type' => 'application/json' ),
			'body'    => wp_json_encode(
				array(
					'data' => array(
						array(
							'event_name'    => 'Purchase',
							'event_time'    => time(),
							'event_id'      => 'order-' . $order_id,
							'action_source' => 'website',
							'user_data'     => array(
								'em' => array( hash( 'sha256', strtolower( trim( $order->get_billing_email() ) ) ) ),
							),
							'custom_data'   => array(
								'currency' => $order->get_currency(),
								'value'    => (float) $order->get_total(),
							),
						),
					),
				)
			),
			'timeout' => 5,
		)
	);

	$order->update_meta_data( '_gw_events_sent', 1 );
	$order->save();
}
