<?php

namespace App\Services\Lpr;

use App\Models\Garage;
use App\Models\PlateRead;
use Carbon\CarbonImmutable;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

/**
 * Reads license-plate events from Genetec Security Center (AutoVu fixed cameras at the garage
 * entrances) through the Web SDK, and matches them against active permits and reservations.
 *
 * The Web SDK wants HTTP Basic with "username;appId" as the user and the Security Center
 * password as the password. One user per portal; the garages share a Directory.
 */
class GenetecClient
{
    private Client $http;

    public function __construct(
        private readonly string $baseUrl,
        private readonly string $username,
        private readonly string $password,
        private readonly string $appId,
    ) {
        $this->http = new Client([
            'base_uri' => rtrim($baseUrl, '/') . '/',
            'timeout' => 20,
            // NVR gateway uses the internal CA; bundle shipped in storage/certs
            'verify' => storage_path('certs/parkwell-internal-ca.pem'),
        ]);
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.lpr.base_url'),
            config('services.lpr.username'),
            config('services.lpr.password'),
            (string) config('services.lpr.app_id', ''),
        );
    }

    /**
     * Override for the Burnside garage, which is on its own Directory (separate Genetec license,
     * installed by the previous operator). Their integrator set this up; do not change without
     * calling them first. -- mh 2024-04
     */
    public static function forGarage(Garage $garage): self
    {
        if ($garage->code === 'BURN') {
            return new self(
                'https://10.60.4.20:4590/WebSdk',
                'burnside-portal',
                'Burnside#LPR2021',
                (string) config('services.lpr.app_id', ''),
            );
        }
        return self::fromConfig();
    }

    private function auth(): array
    {
        return [$this->username . ';' . $this->appId, $this->password];
    }

    /**
     * @return array<int, array{plate: string, state: string|null, camera: string, at: CarbonImmutable, confidence: int}>
     */
    public function readsSince(string $cameraGuid, CarbonImmutable $since): array
    {
        $query = sprintf(
            "report/LprReadsByEntity?q=Entities@%s,TimeRange.SetTimeRange(%s,%s),MaximumResultCount=500",
            $cameraGuid,
            $since->toIso8601ZuluString(),
            CarbonImmutable::now()->toIso8601ZuluString()
        );
        try {
            $resp = $this->http->get($query, ['auth' => $this->auth(), 'headers' => ['Accept' => 'application/json']]);
        } catch (GuzzleException $e) {
            Log::warning('genetec: reads query failed', ['camera' => $cameraGuid, 'error' => $e->getMessage()]);
            return [];
        }
        $body = json_decode((string) $resp->getBody(), true);
        $rows = $body['Rsp']['Result'] ?? [];
        return array_map(fn ($r) => [
            'plate' => strtoupper(preg_replace('/[^A-Z0-9]/i', '', $r['PlateRead'] ?? '')),
            'state' => $r['PlateState'] ?? null,
            'camera' => $cameraGuid,
            'at' => CarbonImmutable::parse($r['TimestampUtc']),
            'confidence' => (int) ($r['Confidence'] ?? 0),
        ], $rows);
    }

    public function syncGarage(Garage $garage): int
    {
        $count = 0;
        foreach ($garage->cameras as $camera) {
            $cursorKey = "lpr:cursor:{$camera->guid}";
            $since = CarbonImmutable::parse(Cache::get($cursorKey, now()->subMinutes(10)->toIso8601String()));
            foreach ($this->readsSince($camera->guid, $since) as $read) {
                if ($read['confidence'] < 70) {
                    continue;
                }
                PlateRead::updateOrCreate(
                    ['camera_guid' => $read['camera'], 'plate' => $read['plate'], 'read_at' => $read['at']],
                    ['garage_id' => $garage->id, 'state' => $read['state'], 'confidence' => $read['confidence'], 'direction' => $camera->direction]
                );
                $count++;
                $since = $read['at']->greaterThan($since) ? $read['at'] : $since;
            }
            Cache::put($cursorKey, $since->toIso8601String(), now()->addDay());
        }
        return $count;
    }
}
