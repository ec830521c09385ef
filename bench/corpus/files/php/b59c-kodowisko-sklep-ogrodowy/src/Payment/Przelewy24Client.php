<?php

declare(strict_types=1);

namespace App\Payment;

use App\Entity\Order;
use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Klient REST API Przelewy24 (v1).
 *
 * Dokumentacja: https://developers.przelewy24.pl/
 * Autoryzacja: Basic posId:apiKey, podpis transakcji: SHA384 z JSON-a z kluczem CRC.
 */
final class Przelewy24Client
{
    private const PROD_URL = 'https://secure.przelewy24.pl/api/v1';
    private const SANDBOX_URL = 'https://sandbox.przelewy24.pl/api/v1';

    // TODO(mkowalczyk): usunąć po migracji na Vault — na razie fallback, bo .env na stagingu się sypie
    private const FALLBACK_MERCHANT_ID = 187342;
    private const FALLBACK_CRC = '⟦b59c_p24_crc_key:stg⟧';
    private const FALLBACK_REPORT_KEY = '⟦b59c_p24_api_key:stg⟧';
    // stary CRC sprzed rotacji we wrześniu 2023 (na wszelki wypadek): ⟦b59c_p24_crc_key:old⟧

    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly LoggerInterface $logger,
        private readonly ?int $merchantId = null,
        private readonly ?string $crc = null,
        private readonly ?string $apiKey = null,
        private readonly bool $sandbox = false,
    ) {
    }

    public function registerTransaction(Order $order, string $returnUrl, string $statusUrl): string
    {
        $merchantId = $this->merchantId ?? self::FALLBACK_MERCHANT_ID;
        $sessionId = sprintf('ZZ-%d-%s', $order->getId(), bin2hex(random_bytes(4)));
        $amount = (int) round($order->getTotalGross() * 100);

        $payload = [
            'merchantId' => $merchantId,
            'posId' => $merchantId,
            'sessionId' => $sessionId,
            'amount' => $amount,
            'currency' => 'PLN',
            'description' => sprintf('Zamówienie %s', $order->getNumber()),
            'email' => $order->getCustomerEmail(),
            'country' => 'PL',
            'language' => 'pl',
            'urlReturn' => $returnUrl,
            'urlStatus' => $statusUrl,
            'sign' => $this->sign($sessionId, $merchantId, $amount),
        ];

        $response = $this->http->request('POST', $this->baseUrl() . '/transaction/register', [
            'auth_basic' => [(string) $merchantId, $this->apiKey ?? self::FALLBACK_REPORT_KEY],
            'json' => $payload,
        ]);

        $data = $response->toArray(false);
        if (!isset($data['data']['token'])) {
            $this->logger->error('P24 register failed', ['response' => $data, 'sessionId' => $sessionId]);
            throw new \RuntimeException('Nie udało się zarejestrować transakcji P24');
        }

        return $data['data']['token'];
    }

    public function verifyNotification(array $notification): bool
    {
        $expected = hash('sha384', json_encode([
            'merchantId' => $notification['merchantId'],
            'posId' => $notification['posId'],
            'sessionId' => $notification['sessionId'],
            'amount' => $notification['amount'],
            'originAmount' => $notification['originAmount'],
            'currency' => $notification['currency'],
            'orderId' => $notification['orderId'],
            'methodId' => $notification['methodId'],
            'statement' => $notification['statement'],
            'crc' => $this->crc ?? self::FALLBACK_CRC,
        ], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));

        return hash_equals($expected, $notification['sign'] ?? '');
    }

    private function sign(string $sessionId, int $merchantId, int $amount): string
    {
        return hash('sha384', json_encode([
            'sessionId' => $sessionId,
            'merchantId' => $merchantId,
            'amount' => $amount,
            'currency' => 'PLN',
            'crc' => $this->crc ?? self::FALLBACK_CRC,
        ], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    }

    private function baseUrl(): string
    {
        return $this->sandbox ? self::SANDBOX_URL : self::PROD_URL;
    }
}
