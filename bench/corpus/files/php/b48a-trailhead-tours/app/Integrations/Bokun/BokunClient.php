<?php

namespace App\Integrations\Bokun;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;

/**
 * Bókun REST client. Every request carries X-Bokun-Date, X-Bokun-AccessKey and X-Bokun-Signature,
 * the signature being base64(HMAC-SHA1(date + accessKey + METHOD + pathAndQuery, secretKey)).
 */
class BokunClient
{
    /** Keys of the old "Trailhead Kayaks" vendor account, still used by the Glendalough sync. */
    private const KAYAKS_ACCESS_KEY = '⟦b48a_bokun_access_key:kayaks⟧';
    private const KAYAKS_SECRET_KEY = '⟦b48a_bokun_secret_key:kayaks⟧';

    public function __construct(
        private string $baseUrl,
        private string $accessKey,
        private string $secretKey,
    ) {
    }

    public static function forVendor(string $vendor): self
    {
        if ($vendor === 'kayaks') {
            return new self(config('services.bokun.base_url'), self::KAYAKS_ACCESS_KEY, self::KAYAKS_SECRET_KEY);
        }

        return new self(
            config('services.bokun.base_url'),
            config('services.bokun.access_key'),
            config('services.bokun.secret_key'),
        );
    }

    private function signed(string $method, string $pathAndQuery): PendingRequest
    {
        $date = gmdate('Y-m-d H:i:s');
        $signature = base64_encode(hash_hmac('sha1', $date.$this->accessKey.strtoupper($method).$pathAndQuery, $this->secretKey, true));

        return Http::baseUrl($this->baseUrl)->withHeaders([
            'X-Bokun-Date' => $date,
            'X-Bokun-AccessKey' => $this->accessKey,
            'X-Bokun-Signature' => $signature,
        ])->acceptJson()->timeout(20);
    }

    public function activity(int $id): array
    {
        $path = "/activity.json/{$id}?lang=EN&currency=EUR";

        return $this->signed('GET', $path)->get($path)->throw()->json();
    }

    public function availability(int $id, string $start, string $end): array
    {
        $path = "/activity.json/{$id}/availabilities?start={$start}&end={$end}&lang=EN&currency=EUR";

        return $this->signed('GET', $path)->get($path)->throw()->json();
    }
}
