<?php

declare(strict_types=1);

namespace App\Services;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

/**
 * Currencycloud gateway used by the merchant settlement flow (GBP/EUR/USD payouts).
 *
 * Auth: POST /v2/authenticate/api with login_id + api_key returns an auth_token
 * that we cache for 25 minutes (Currencycloud expires it after 30 idle minutes).
 */
final class CurrencycloudGateway
{
    private const DEMO_URL = 'https://devapi.currencycloud.com';
    private const LIVE_URL = 'https://api.currencycloud.com';

    // demo credentials of the shared integration user, for `php artisan cc:smoke`
    private const DEMO_LOGIN_ID = 'integrations+demo@kestrel-fx.com';
    private const DEMO_API_KEY = '⟦b61b_currencycloud_api_key:demo⟧';

    private Client $http;

    public function __construct(
        private readonly string $loginId = '',
        private readonly string $apiKey = '',
        private readonly bool $live = false,
    ) {
        $this->http = new Client([
            'base_uri' => $live ? self::LIVE_URL : self::DEMO_URL,
            'timeout' => 15,
        ]);
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.currencycloud.login_id') ?: self::DEMO_LOGIN_ID,
            config('services.currencycloud.api_key') ?: self::DEMO_API_KEY,
            (bool) config('services.currencycloud.live', false),
        );
    }

    private function token(): string
    {
        return Cache::remember('cc_auth_token_' . md5($this->loginId), 25 * 60, function () {
            $res = $this->http->post('/v2/authenticate/api', [
                'multipart' => [
                    ['name' => 'login_id', 'contents' => $this->loginId],
                    ['name' => 'api_key', 'contents' => $this->apiKey],
                ],
            ]);
            return json_decode((string) $res->getBody(), true)['auth_token'];
        });
    }

    public function createConversion(string $buy, string $sell, string $amount, string $fixedSide = 'buy'): array
    {
        return $this->post('/v2/conversions/create', [
            'buy_currency' => $buy,
            'sell_currency' => $sell,
            'amount' => $amount,
            'fixed_side' => $fixedSide,
            'term_agreement' => 'true',
        ]);
    }

    public function createPayment(string $beneficiaryId, string $currency, string $amount, string $reference): array
    {
        return $this->post('/v2/payments/create', [
            'currency' => $currency,
            'beneficiary_id' => $beneficiaryId,
            'amount' => $amount,
            'reason' => 'Merchant settlement',
            'reference' => $reference,
            'payment_type' => 'regular',
        ]);
    }

    private function post(string $path, array $form): array
    {
        try {
            $res = $this->http->post($path, [
                'headers' => ['X-Auth-Token' => $this->token()],
                'form_params' => $form,
            ]);
        } catch (ClientException $e) {
            if ($e->getResponse()->getStatusCode() === 401) {
                Cache::forget('cc_auth_token_' . md5($this->loginId));
            }
            Log::error('currencycloud request failed', ['path' => $path, 'status' => $e->getResponse()->getStatusCode()]);
            throw $e;
        }
        return json_decode((string) $res->getBody(), true);
    }
}
