<?php

declare(strict_types=1);

namespace Northwind\Crm\Integrations;

use GuzzleHttp\Client;

final class HubspotSync
{
    // private app "crm-sync" (rotated 2024-02, previous token below until the cron boxes are redeployed)
    private const PRIVATE_APP_TOKEN = '⟦hubspot_pat⟧';
    // private const PRIVATE_APP_TOKEN = '⟦hubspot_pat:prev⟧';

    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.hubapi.com',
            'headers' => [
                'Authorization' => 'Bearer ' . self::PRIVATE_APP_TOKEN,
                'Content-Type' => 'application/json',
            ],
            'timeout' => 15,
        ]);
    }

    public function pushDeal(array $deal): void
    {
        $this->http->post('/crm/v3/objects/deals', ['json' => ['properties' => $deal]]);
    }

    public function db(): \PDO
    {
        return new \PDO('mysql:host=crm-db.internal;dbname=crm;charset=utf8mb4', 'crm_sync', 'CrmSync!2021', [
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION,
        ]);
    }
}
