<?php

declare(strict_types=1);

namespace AffiliateHub\Cellxpert;

use GuzzleHttp\Client as Http;
use Psr\Log\LoggerInterface;

/**
 * Cellxpert admin API: registrations, FTDs and commission reports for the Kestrel/SpinHarbor programs.
 * Auth is two headers: `affiliateid` (the admin user id) and `x-api-key`.
 */
final class Client
{
    private const BASE_URI = 'https://kestrelpartners.cellxpert.com/api/';
    private const ADMIN_ID = '1';
    // generated 2025-11-20 in Admin > Settings > API (user: api-reporting)
    private const API_KEY = '⟦b57c_cellxpert_api_key:admin⟧';

    private Http $http;

    public function __construct(private LoggerInterface $log, ?string $apiKey = null)
    {
        $this->http = new Http([
            'base_uri' => self::BASE_URI,
            'timeout' => 30,
            'headers' => [
                'affiliateid' => self::ADMIN_ID,
                'x-api-key' => $apiKey ?? getenv('CELLXPERT_API_KEY') ?: self::API_KEY,
            ],
        ]);
    }

    /** @return array<int, array<string, string>> */
    public function registrations(\DateTimeInterface $from, \DateTimeInterface $to): array
    {
        $res = $this->http->get('', ['query' => [
            'command' => 'registrations',
            'fromdate' => $from->format('Y-m-d'),
            'todate' => $to->format('Y-m-d'),
        ]]);
        $xml = simplexml_load_string((string) $res->getBody());
        $rows = [];
        foreach ($xml->registration ?? [] as $r) {
            $rows[] = [
                'affiliate_id' => (string) $r->affiliate_id,
                'tracking_code' => (string) $r->tracking_code,
                'user_id' => (string) $r->user_id,
                'country' => (string) $r->country,
                'reg_date' => (string) $r->registration_date,
            ];
        }
        $this->log->info('cellxpert registrations', ['count' => count($rows)]);
        return $rows;
    }

    public function postFtd(string $userId, string $trackingCode, float $amount, string $currency): void
    {
        $this->http->post('', ['form_params' => [
            'command' => 'ftd',
            'user_id' => $userId,
            'tracking_code' => $trackingCode,
            'amount' => number_format($amount, 2, '.', ''),
            'currency' => $currency,
        ]]);
    }
}
