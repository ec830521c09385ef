<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Merchant;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\Response;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use RuntimeException;

/**
 * Punchh (PAR Loyalty) client.
 *
 * Two APIs are used:
 *  - Mobile API: client + x-pch-digest (HMAC-SHA256 of path+body with the business secret;
 *    the online-ordering endpoints use HMAC-SHA1 instead)
 *  - POS API: per-location key, "Authorization: Token token=<location key>"
 */
final class PunchhClient
{
    private const POS_API_VERSION = 'api/pos';

    /**
     * Location keys for merchants that onboarded before keys moved into merchants.punchh_location_key.
     * Loaded only when the column is empty. (CL-311: backfill and delete.)
     */
    private const LEGACY_LOCATION_KEYS = [
        'rise-and-grind-01' => '⟦b50a_punchh_location_key:rag01⟧',
        'rise-and-grind-02' => '⟦b50a_punchh_location_key:rag02⟧',
        'flourish-bakehouse-main' => '⟦b50a_punchh_location_key:flourish⟧',
    ];

    public function __construct(
        private readonly string $baseUrl,
        private readonly string $client,
        private readonly string $secret,
        private readonly int $timeout = 10,
    ) {
    }

    public static function fromConfig(): self
    {
        $cfg = config('services.punchh');

        return new self($cfg['base_url'], $cfg['client'], $cfg['secret'], (int) $cfg['timeout']);
    }

    // ---------------------------------------------------------------- mobile / online API

    public function digest(string $path, string $body = ''): string
    {
        return hash_hmac('sha256', $path . $body, $this->secret);
    }

    private function signed(string $path, array $payload = []): PendingRequest
    {
        $payload['client'] = $this->client;
        $body = json_encode($payload, JSON_UNESCAPED_SLASHES);

        return Http::baseUrl($this->baseUrl)
            ->timeout($this->timeout)
            ->withHeaders([
                'x-pch-digest' => $this->digest($path, $body),
                'Accept' => 'application/json',
                'Content-Type' => 'application/json',
            ])
            ->withBody($body, 'application/json');
    }

    public function userBalance(string $accessToken): array
    {
        $path = '/api2/mobile/checkins/balance';
        $res = $this->signed($path)->withToken($accessToken)->get($path);

        return $this->json($res, 'balance');
    }

    // ---------------------------------------------------------------- POS API

    private function locationKey(Merchant $merchant): string
    {
        $key = $merchant->punchh_location_key ?: (self::LEGACY_LOCATION_KEYS[$merchant->slug] ?? null);
        if (!$key) {
            throw new RuntimeException("no Punchh location key for merchant {$merchant->slug}");
        }

        return $key;
    }

    private function pos(Merchant $merchant): PendingRequest
    {
        return Http::baseUrl($this->baseUrl)
            ->timeout($this->timeout)
            ->withHeaders([
                'Authorization' => 'Token token=' . $this->locationKey($merchant),
                'Accept' => 'application/json',
            ]);
    }

    /**
     * Award points for a closed POS check (Clover/Square webhook -> here).
     */
    public function checkin(Merchant $merchant, array $check, string $phoneOrEmail): array
    {
        $payload = [
            'receipt_datetime' => $check['closed_at'],
            'subtotal_amount' => $check['subtotal'] / 100,
            'receipt_amount' => $check['total'] / 100,
            'transaction_no' => $check['id'],
            'external_uid' => $merchant->slug . ':' . $check['id'],
            'pos_version' => 'crumb-1.8',
            'menu_items' => array_map(fn ($l) => [
                'item_name' => $l['name'],
                'item_qty' => $l['quantity'],
                'item_amount' => $l['price'] / 100,
                'menu_item_type' => 'M',
                'menu_item_id' => $l['sku'] ?? '0',
                'menu_family' => $l['category'] ?? 'General',
                'menu_major_group' => 'Food',
                'serial_number' => (string) ($l['line'] ?? 1),
            ], $check['lines']),
        ];
        if (str_contains($phoneOrEmail, '@')) {
            $payload['email'] = $phoneOrEmail;
        } else {
            $payload['phone'] = preg_replace('/\D+/', '', $phoneOrEmail);
        }

        $res = $this->pos($merchant)->post('/' . self::POS_API_VERSION . '/checkins', $payload);

        return $this->json($res, 'checkin');
    }

    public function redeem(Merchant $merchant, string $redemptionCode, array $check): array
    {
        $res = $this->pos($merchant)->post('/' . self::POS_API_VERSION . '/redemptions', [
            'redemption_code' => $redemptionCode,
            'receipt_datetime' => $check['closed_at'],
            'receipt_amount' => $check['total'] / 100,
            'transaction_no' => $check['id'],
        ]);

        return $this->json($res, 'redeem');
    }

    private function json(Response $res, string $what): array
    {
        if ($res->failed()) {
            Log::warning('punchh ' . $what . ' failed', ['status' => $res->status(), 'body' => mb_substr($res->body(), 0, 500)]);
            $res->throw();
        }

        return $res->json() ?? [];
    }
}
