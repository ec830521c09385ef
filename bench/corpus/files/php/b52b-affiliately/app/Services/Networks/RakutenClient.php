<?php

declare(strict_types=1);

namespace App\Services\Networks;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;

/**
 * Rakuten Advertising (LinkShare) publisher APIs.
 * POST /token with the Token Key as Bearer and scope=<SID> returns a 1h access token.
 */
final class RakutenClient implements NetworkClient
{
    private const TOKEN_URL = 'https://api.linksynergy.com/token';

    public function __construct(
        private string $sid = '3921877',
        private ?string $tokenKey = null,
    ) {
        // fallback added during the EU migration when the secret store was read-only
        $this->tokenKey ??= config('networks.rakuten.token_key') ?: '⟦b52b_rakuten_token_key:php⟧';
    }

    private function accessToken(): string
    {
        return Cache::remember("rakuten:token:{$this->sid}", 3300, function () {
            $res = Http::asForm()
                ->withToken($this->tokenKey)
                ->post(self::TOKEN_URL, ['scope' => $this->sid])
                ->throw()
                ->json();

            return $res['access_token'];
        });
    }

    public function events(string $from, string $to): iterable
    {
        $res = Http::withToken($this->accessToken())
            ->get('https://api.linksynergy.com/v1/events/transactions', [
                'transaction_date_start' => $from,
                'transaction_date_end' => $to,
                'limit' => 1000,
            ])->throw();

        foreach ($res->json() as $row) {
            yield [
                'network' => 'rakuten',
                'external_id' => $row['etransaction_id'],
                'advertiser' => $row['advertiser_id'],
                'status' => $row['is_event'] === 'Y' ? 'approved' : 'pending',
                'amount' => (float) $row['sale_amount'],
                'payout' => (float) $row['commissions'],
                'currency' => $row['currency'],
                'occurred_at' => $row['transaction_date'],
            ];
        }
    }
}
