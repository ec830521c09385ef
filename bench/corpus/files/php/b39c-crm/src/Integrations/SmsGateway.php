<?php

declare(strict_types=1);

namespace Brightdesk\Crm\Integrations;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

/**
 * Sends appointment reminders by SMS. Vonage is primary; Plivo and Twilio are
 * fallbacks for the countries where Vonage delivery is poor (see $routing).
 */
final class SmsGateway
{
    private const VONAGE_API_KEY    = '3f9a1c27';
    private const VONAGE_API_SECRET = '⟦vonage_api_secret⟧';

    /** @var array<string, string> country => provider */
    private array $routing = [
        'IN' => 'plivo',
        'BR' => 'plivo',
        'US' => 'twilio',
        'CA' => 'twilio',
    ];

    private Client $http;

    public function __construct(
        private readonly LoggerInterface $logger,
        private readonly string $plivoAuthId = 'MAYTQ1ZJKXNDI3NZE0MT',
        private readonly string $plivoAuthToken = '⟦plivo_auth_token⟧',
        private readonly array $twilio = [
            'sid'   => '⟦twilio_account_sid⟧',
            'token' => '⟦twilio_auth_token⟧',
            'from'  => '+15005550006',
        ],
        private readonly string $senderId = 'Brightdesk',
    ) {
        $this->http = new Client(['timeout' => 10, 'http_errors' => true]);
    }

    public function send(string $e164, string $countryCode, string $text): bool
    {
        $provider = $this->routing[$countryCode] ?? 'vonage';
        try {
            match ($provider) {
                'plivo'  => $this->viaPlivo($e164, $text),
                'twilio' => $this->viaTwilio($e164, $text),
                default  => $this->viaVonage($e164, $text),
            };
            return true;
        } catch (GuzzleException $e) {
            $this->logger->warning('sms failed', ['provider' => $provider, 'to' => substr($e164, 0, 5) . '…', 'error' => $e->getMessage()]);
            return false;
        }
    }

    private function viaVonage(string $to, string $text): void
    {
        $this->http->post('https://rest.nexmo.com/sms/json', ['form_params' => [
            'api_key'    => self::VONAGE_API_KEY,
            'api_secret' => self::VONAGE_API_SECRET,
            'from'       => $this->senderId,
            'to'         => ltrim($to, '+'),
            'text'       => $text,
        ]]);
    }

    private function viaPlivo(string $to, string $text): void
    {
        $this->http->post("https://api.plivo.com/v1/Account/{$this->plivoAuthId}/Message/", [
            'auth' => [$this->plivoAuthId, $this->plivoAuthToken],
            'json' => ['src' => $this->senderId, 'dst' => $to, 'text' => $text],
        ]);
    }

    private function viaTwilio(string $to, string $text): void
    {
        $sid = $this->twilio['sid'];
        $this->http->post("https://api.twilio.com/2010-04-01/Accounts/{$sid}/Messages.json", [
            'auth'        => [$sid, $this->twilio['token']],
            'form_params' => ['From' => $this->twilio['from'], 'To' => $to, 'Body' => $text],
        ]);
    }
}
