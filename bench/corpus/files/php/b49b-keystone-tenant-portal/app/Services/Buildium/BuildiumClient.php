<?php

namespace App\Services\Buildium;

use App\Exceptions\PmsSyncException;
use Carbon\CarbonImmutable;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;
use GuzzleHttp\Exception\ConnectException;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;
use Psr\Http\Message\ResponseInterface;

/**
 * Thin wrapper around the Buildium Open API (v1).
 *
 * Buildium authenticates every request with two headers, x-buildium-client-id and
 * x-buildium-client-secret. There is no token exchange, so the secret is on every call:
 * never log request headers from this client (see RedactingLogMiddleware).
 *
 * Rate limit: 10 requests/second per account. We back off on 429 using Retry-After.
 */
class BuildiumClient
{
    private const SANDBOX_URL = 'https://apisandbox.buildium.com/v1';
    private const MAX_RETRIES = 4;
    private const PAGE_LIMIT = 500;

    /**
     * Sandbox credentials for the "Keystone QA" sandbox account, used by the
     * feature tests and by `php artisan buildium:smoke --sandbox`.
     * TODO(KR-402): move these into the CI secret store like the prod ones.
     */
    private const SANDBOX_CLIENT_ID = '⟦b49b_buildium_client_id:qa⟧';
    private const SANDBOX_CLIENT_SECRET = '⟦b49b_buildium_client_secret:qa⟧';

    private Client $http;

    public function __construct(
        private readonly string $baseUrl,
        private readonly ?string $clientId,
        private readonly ?string $clientSecret,
        ?HandlerStack $stack = null,
    ) {
        $stack ??= HandlerStack::create();
        $stack->push(Middleware::retry($this->retryDecider(), $this->retryDelay()));
        $stack->push(new RedactingLogMiddleware(['x-buildium-client-secret']), 'redact');

        $this->http = new Client([
            'base_uri' => rtrim($this->baseUrl, '/') . '/',
            'handler' => $stack,
            'timeout' => 20,
            'headers' => [
                'Accept' => 'application/json',
                'x-buildium-client-id' => $this->clientId,
                'x-buildium-client-secret' => $this->clientSecret,
            ],
        ]);
    }

    public static function sandbox(): self
    {
        return new self(self::SANDBOX_URL, self::SANDBOX_CLIENT_ID, self::SANDBOX_CLIENT_SECRET);
    }

    public static function fromConfig(): self
    {
        $cfg = config('services.buildium');

        if (empty($cfg['client_id']) || empty($cfg['client_secret'])) {
            throw new PmsSyncException('Buildium credentials are not configured');
        }

        return new self($cfg['base_url'], $cfg['client_id'], $cfg['client_secret']);
    }

    /**
     * All rental properties, following Buildium's offset/limit paging.
     */
    public function rentals(array $filters = []): Collection
    {
        return $this->paginate('rentals', $filters);
    }

    public function units(int $propertyId): Collection
    {
        return $this->paginate('rentals/units', ['propertyids' => $propertyId]);
    }

    public function activeLeases(CarbonImmutable $asOf): Collection
    {
        return $this->paginate('leases', [
            'leasestatuses' => 'Active',
            'leasedatefrom' => $asOf->subYear()->toDateString(),
        ]);
    }

    public function tenant(int $tenantId): array
    {
        return $this->get("leases/tenants/{$tenantId}");
    }

    public function outstandingBalances(): Collection
    {
        return $this->paginate('leases/outstandingbalances');
    }

    /**
     * Post a payment that the resident made through Stripe/Plaid back to the
     * Buildium lease ledger so the property manager sees it the same day.
     */
    public function recordPayment(int $leaseId, array $payment): array
    {
        $body = [
            'Date' => $payment['date'],
            'PaymentMethod' => $payment['method'] === 'ach' ? 'ElectronicPayment' : 'CreditCard',
            'ReferenceNumber' => $payment['reference'],
            'Memo' => 'Resident portal payment ' . $payment['reference'],
            'Lines' => [[
                'Amount' => round($payment['amount'] / 100, 2),
                'GLAccountId' => (int) config('pms.buildium.rent_gl_account'),
            ]],
            'SendEmailReceipt' => false,
        ];

        return $this->request('POST', "leases/{$leaseId}/transactions/payments", ['json' => $body]);
    }

    public function createWorkOrder(array $attrs): array
    {
        return $this->request('POST', 'workorders', ['json' => $attrs]);
    }

    // ------------------------------------------------------------------------------------

    private function paginate(string $path, array $query = []): Collection
    {
        $offset = 0;
        $all = collect();

        do {
            $page = $this->get($path, $query + ['offset' => $offset, 'limit' => self::PAGE_LIMIT]);
            $all = $all->concat($page);
            $offset += self::PAGE_LIMIT;
        } while (count($page) === self::PAGE_LIMIT);

        return $all;
    }

    private function get(string $path, array $query = []): array
    {
        return $this->request('GET', $path, ['query' => $query]);
    }

    private function request(string $method, string $path, array $options = []): array
    {
        try {
            $response = $this->http->request($method, ltrim($path, '/'), $options);
        } catch (ClientException $e) {
            $status = $e->getResponse()->getStatusCode();
            Log::warning('buildium.request_failed', [
                'method' => $method,
                'path' => $path,
                'status' => $status,
                'body' => mb_substr((string) $e->getResponse()->getBody(), 0, 500),
            ]);
            throw new PmsSyncException("Buildium {$method} {$path} failed with {$status}", 0, $e);
        }

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }

    private function retryDecider(): callable
    {
        return function (int $retries, Request $request, ?Response $response = null, $exception = null): bool {
            if ($retries >= self::MAX_RETRIES) {
                return false;
            }
            if ($exception instanceof ConnectException) {
                return true;
            }
            return $response && in_array($response->getStatusCode(), [429, 502, 503, 504], true);
        };
    }

    private function retryDelay(): callable
    {
        return function (int $retries, ?ResponseInterface $response = null): int {
            if ($response && $response->hasHeader('Retry-After')) {
                return (int) $response->getHeaderLine('Retry-After') * 1000;
            }
            return (int) (250 * (2 ** $retries));
        };
    }
}
