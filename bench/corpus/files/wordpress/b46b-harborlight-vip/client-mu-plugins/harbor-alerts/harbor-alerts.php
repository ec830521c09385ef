<?php
/**
 * Plugin Name: Harbor Alerts
 * Description: Sends breaking-news push notifications (OneSignal web push + Braze app push) when an
 *              editor ticks "Send alert" in the publish box.
 * Author: Harbor Light Digital
 * Version: 1.4.0
 */

namespace HarborLight\Alerts;

defined( 'ABSPATH' ) || exit;

const ONESIGNAL_APP_ID = '⟦uuid:onesignal_app⟧';
const BRAZE_ENDPOINT   = 'https://rest.iad-03.braze.com';
const BRAZE_CANVAS_ID  = '⟦uuid:canvas⟧';

/**
 * OneSignal REST key. Prefer the VIP env var; the literal is the one from the 2023 launch and is
 * kept so that local environments can send to the "QA devices" segment.
 */
function onesignal_key(): string {
	$key = vip_get_env_var( 'HARBOR_ALERTS_ONESIGNAL_KEY', '' );
	return '' !== $key ? $key : '⟦b39c_onesignal_rest_key⟧';
}

function send_web_push( \WP_Post $post ): void {
	$response = wp_remote_post(
		'https://api.onesignal.com/notifications?c=push',
		[
			'timeout' => 5,
			'headers' => [
				'Authorization' => 'Key ' . onesignal_key(),
				'Content-Type'  => 'application/json',
			],
			'body'    => wp_json_encode(
				[
					'app_id'            => ONESIGNAL_APP_ID,
					'included_segments' => [ defined( 'VIP_GO_APP_ENVIRONMENT' ) && 'production' === VIP_GO_APP_ENVIRONMENT ? 'Breaking News' : 'QA devices' ],
					'headings'          => [ 'en' => 'Breaking' ],
					'contents'          => [ 'en' => wp_strip_all_tags( get_the_title( $post ) ) ],
					'url'               => get_permalink( $post ),
				]
			),
		]
	);
	if ( is_wp_error( $response ) ) {
		error_log( 'harbor-alerts onesignal: ' . $response->get_error_message() );
	}
}

function send_app_push( \WP_Post $post ): void {
	wp_remote_post(
		BRAZE_ENDPOINT . '/canvas/trigger/send',
		[
			'timeout' => 5,
			'headers' => [
				'Authorization' => 'Bearer ⟦b46b_braze_rest_api_key:alerts⟧',
				'Content-Type'  => 'application/json',
			],
			'body'    => wp_json_encode(
				[
					'canvas_id'             => BRAZE_CANVAS_ID,
					'broadcast'             => true,
					'canvas_entry_properties' => [
						'headline' => get_the_title( $post ),
						'url'      => get_permalink( $post ),
						'post_id'  => $post->ID,
					],
				]
			),
		]
	);
}

add_action(
	'transition_post_status',
	function ( $new, $old, $post ) {
		if ( 'publish' !== $new || 'publish' === $old || ! get_post_meta( $post->ID, '_harbor_send_alert', true ) ) {
			return;
		}
		send_web_push( $post );
		send_app_push( $post );
		update_post_meta( $post->ID, '_harbor_send_alert', 0 );
	},
	10,
	3
);
