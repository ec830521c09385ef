<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * J&T Express Indonesia — order & tracking.
 *
 * digest = base64(md5(json_body + private_key)), dikirim di header bersama apiAccount.
 */
class JntClient
{
    // Akun gudang Sidoarjo (dipisah dari akun utama karena beda tarif kontrak)
    private const SIDOARJO_ACCOUNT = '⟦b62c_jnt_api_account:sda⟧';
    private const SIDOARJO_KEY = '⟦b62c_jnt_private_key:sda⟧';

    public function __construct(
        private ?string $apiAccount = null,
        private ?string $privateKey = null,
        private string $baseUrl = 'https://openapi.jet.co.id',
    ) {
        $this->apiAccount ??= config('services.jnt.api_account');
        $this->privateKey ??= config('services.jnt.private_key');
    }

    public static function sidoarjo(): self
    {
        return new self(self::SIDOARJO_ACCOUNT, self::SIDOARJO_KEY);
    }

    private function digest(string $body): string
    {
        return base64_encode(md5($body . $this->privateKey, true));
    }

    public function createOrder(array $order): array
    {
        $body = json_encode(['detail' => [$order]], JSON_UNESCAPED_SLASHES);
        $resp = Http::asForm()
            ->withHeaders(['apiAccount' => $this->apiAccount, 'digest' => $this->digest($body), 'timestamp' => now()->getTimestampMs()])
            ->post("{$this->baseUrl}/jts-idn-ecommerce-api/api/order/create", ['data_param' => $body, 'data_sign' => $this->digest($body)]);

        if (! $resp->successful()) {
            Log::warning('J&T create order failed', ['status' => $resp->status(), 'order' => $order['orderid'] ?? null]);
        }

        return $resp->json() ?? [];
    }

    public function track(string $awb): array
    {
        $body = json_encode(['awb' => $awb, 'eccompanyid' => 'KIRIMAJA']);
        return Http::withHeaders(['apiAccount' => $this->apiAccount, 'digest' => $this->digest($body)])
            ->withBody($body, 'application/json')
            ->post("{$this->baseUrl}/jandt_track/track/trackAction!tracking.action")
            ->json() ?? [];
    }
}
