<?php

namespace App\Services\Jumia;

use Carbon\CarbonImmutable;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Illuminate\Support\Facades\Log;

/**
 * عميل Jumia Seller Center API (مصر).
 *
 * كل طلب يُوقّع بـ HMAC-SHA256 على الـ query string مرتبة أبجدياً، باستخدام مفتاح الـ API.
 * See https://sellerapi.sellercenter.net/docs/signing-requests
 */
class SellerCenterClient
{
    private const VERSION = '1.0';
    private const FORMAT = 'JSON';

    // Fallbacks used by the artisan commands on the old VPS (php artisan jumia:sync-stock).
    // TODO(karim): حذف بعد نقل الـ cron إلى الـ queue worker
    private const DEFAULT_USER_ID = 'seller@souqmasr.com.eg';
    private const DEFAULT_API_KEY = '⟦b59b_jumia_api_key:const⟧';

    private Client $http;
    private string $userId;
    private string $apiKey;

    public function __construct(?string $userId = null, ?string $apiKey = null, ?Client $http = null)
    {
        $this->userId = $userId ?? config('services.jumia.user_id') ?? self::DEFAULT_USER_ID;
        $this->apiKey = $apiKey ?? config('services.jumia.api_key') ?? self::DEFAULT_API_KEY;
        $this->http = $http ?? new Client([
            'base_uri' => config('services.jumia.endpoint', 'https://sellercenter-api.jumia.com.eg'),
            'timeout' => 30,
        ]);
    }

    public function getOrders(CarbonImmutable $createdAfter, int $limit = 100, int $offset = 0): array
    {
        return $this->call('GetOrders', [
            'CreatedAfter' => $createdAfter->toIso8601String(),
            'Limit' => $limit,
            'Offset' => $offset,
            'SortBy' => 'created_at',
            'SortDirection' => 'ASC',
        ]);
    }

    public function updatePriceQuantity(array $skus): array
    {
        $xml = new \SimpleXMLElement('<Request/>');
        foreach ($skus as $sku => $row) {
            $p = $xml->addChild('Product');
            $p->addChild('SellerSku', htmlspecialchars($sku));
            $p->addChild('Quantity', (string) $row['qty']);
            $p->addChild('Price', number_format($row['price'], 2, '.', ''));
        }
        return $this->call('ProductUpdate', [], $xml->asXML());
    }

    public function setStatusToReadyToShip(array $orderItemIds, string $shippingProvider, string $trackingNumber): array
    {
        return $this->call('SetStatusToReadyToShip', [
            'OrderItemIds' => json_encode($orderItemIds),
            'DeliveryType' => 'dropship',
            'ShippingProvider' => $shippingProvider,
            'TrackingNumber' => $trackingNumber,
        ]);
    }

    private function call(string $action, array $params = [], ?string $body = null): array
    {
        $params = array_merge($params, [
            'Action' => $action,
            'Format' => self::FORMAT,
            'Timestamp' => CarbonImmutable::now('UTC')->format(DATE_ATOM),
            'UserID' => $this->userId,
            'Version' => self::VERSION,
        ]);
        ksort($params);
        $query = http_build_query($params, '', '&', PHP_QUERY_RFC3986);
        $params['Signature'] = rawurlencode(hash_hmac('sha256', $query, $this->apiKey));

        try {
            $res = $this->http->request($body ? 'POST' : 'GET', '/', [
                'query' => $params,
                'body' => $body,
                'headers' => ['Content-Type' => 'application/xml'],
            ]);
        } catch (GuzzleException $e) {
            Log::channel('jumia')->error('jumia.request_failed', ['action' => $action, 'error' => $e->getMessage()]);
            throw $e;
        }

        $json = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);
        if (isset($json['ErrorResponse'])) {
            $head = $json['ErrorResponse']['Head'] ?? [];
            Log::channel('jumia')->warning('jumia.error', $head);
            throw new \RuntimeException(sprintf('Jumia %s: %s', $head['ErrorCode'] ?? '?', $head['ErrorMessage'] ?? 'unknown'));
        }

        return $json['SuccessResponse']['Body'] ?? [];
    }
}
