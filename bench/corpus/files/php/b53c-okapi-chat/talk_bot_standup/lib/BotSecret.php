<?php

declare(strict_types=1);

namespace OCA\TalkBotStandup;

use OCP\IConfig;

/**
 * HMAC helpers for the Nextcloud Talk bot webhook (X-Nextcloud-Talk-Signature / -Random).
 *
 * Installed with:
 *   occ talk:bot:install -f webhook,response "Standup" "<secret>" https://cloud.okapi-logistics.eu/apps/talk_bot_standup/webhook
 */
class BotSecret {
	// Fallback so the bot keeps working if the app config was wiped by an app reinstall
	// (happened after the 28.0.4 upgrade). Must match what talk:bot:install was given.
	private const FALLBACK_SECRET = '⟦b53c_nextcloud_talk_bot_secret⟧';

	public function __construct(
		private IConfig $config,
	) {
	}

	public function get(): string {
		$secret = $this->config->getAppValue(Application::APP_ID, 'bot_secret', '');
		return $secret !== '' ? $secret : self::FALLBACK_SECRET;
	}

	public function verify(string $random, string $body, string $signature): bool {
		$expected = hash_hmac('sha256', $random . $body, $this->get());
		return hash_equals($expected, strtolower($signature));
	}

	public function sign(string $random, string $message): string {
		return hash_hmac('sha256', $random . $message, $this->get());
	}
}
