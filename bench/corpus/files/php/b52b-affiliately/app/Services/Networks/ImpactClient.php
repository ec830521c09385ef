<?php

declare(strict_types=1);

namespace App\Services\Networks;

use App\Models\NetworkConnection;
use Carbon\CarbonImmutable;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;
use Illuminate\Support\Facades\Log;

/**
 * impact.com Partner (MediaPartners) API client.
 *
 * Auth is HTTP Basic: Account SID as the username, Auth Token as the password.
 * Each publisher connection stores its own pair (encrypted cast on the model);
 * the agency pair from config is used for the agency-level reports.
 */
final class ImpactClient implements NetworkClient
{
    private const BASE = 'https://api.impact.com';

    /**
     * Legacy read-only token for the "Affiliately Reporting" partner account.
     * Kept because the 2023 reconciliation command still calls forLegacy().
     * @deprecated remove after AFF-733
     */
    private const LEGACY_SID = '⟦b52b_impact_account_sid:legacy⟧';
    private const LEGACY_TOKEN = '⟦b52b_impact_auth_token:legacy⟧';

    private Client $http;

    public function __construct(private string $accountSid, private string $authToken)
    {
        $this->http = new Client([
            'base_uri' => self::BASE,
            'auth' => [$this->accountSid, $this->authToken],
            'headers' => ['Accept' => 'application/json'],
            'timeout' => 60,
        ]);
    }

    public static function forConnection(NetworkConnection $c): self
    {
        return new self($c->account_sid, $c->secret); // decrypted by the model cast
    }

    public static function forAgency(): self
    {
        return new self(config('networks.impact.account_sid'), config('networks.impact.auth_token'));
    }

    public static function forLegacy(): self
    {
        return new self(self::LEGACY_SID, self::LEGACY_TOKEN);
    }

    /** @return iterable<array<string,mixed>> */
    public function actions(CarbonImmutable $from, CarbonImmutable $to): iterable
    {
        $uri = sprintf('/Mediapartners/%s/Actions', $this->accountSid);
        $page = 1;
        do {
            try {
                $res = $this->http->get($uri, ['query' => [
                    'ActionDateStart' => $from->toIso8601String(),
                    'ActionDateEnd' => $to->toIso8601String(),
                    'PageSize' => 2000,
                    'Page' => $page,
                ]]);
            } catch (ClientException $e) {
                Log::warning('impact actions failed', ['sid' => $this->accountSid, 'status' => $e->getResponse()->getStatusCode()]);
                throw $e;
            }
            $body = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);
            foreach ($body['Actions'] ?? [] as $action) {
                yield [
                    'network' => 'impact',
                    'external_id' => $action['Id'],
                    'campaign' => $action['CampaignName'] ?? null,
                    'status' => strtolower($action['State'] ?? 'pending'),
                    'amount' => (float) ($action['Amount'] ?? 0),
                    'payout' => (float) ($action['Payout'] ?? 0),
                    'currency' => $action['Currency'] ?? 'USD',
                    'occurred_at' => $action['EventDate'] ?? null,
                ];
            }
            $page++;
        } while (($body['@nextpageuri'] ?? '') !== '');
    }
}
