<?php

namespace App\Services\Locks;

use App\Models\Lease;
use App\Models\Unit;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

/**
 * Issues per-resident door codes on the Schlage Encode / Yale Assure locks in our
 * Columbus and Dayton buildings through Seam (https://connect.getseam.com).
 *
 * Move-in: create an ongoing access code on the unit lock and the lobby lock.
 * Move-out: delete both codes; the nightly job removes anything left over.
 */
class SeamAccessCodeService
{
    private const API = 'https://connect.getseam.com';

    // old key (pre-rotation, Oct 2023) kept here so the cleanup job could still
    // reach the Dayton workspace during the move -- remove after KR-377 closes:
    // ⟦b49b_seam_api_key:dayton-old⟧

    public function __construct(private readonly ?string $apiKey = null)
    {
    }

    public function grantMoveIn(Lease $lease): array
    {
        $unit = $lease->unit;
        $code = $this->generateCode();
        $created = [];

        foreach ($this->locksFor($unit) as $deviceId) {
            $created[] = $this->post('/access_codes/create', [
                'device_id' => $deviceId,
                'name' => Str::limit("{$lease->primary_tenant_name} #{$unit->number}", 40, ''),
                'code' => $code,
                'starts_at' => $lease->move_in_date->startOfDay()->toIso8601String(),
            ])['access_code'];
        }

        Log::info('seam.move_in', ['lease' => $lease->id, 'devices' => count($created)]);

        return $created;
    }

    public function revokeMoveOut(Lease $lease): void
    {
        foreach ($lease->accessCodes as $accessCode) {
            $this->post('/access_codes/delete', ['access_code_id' => $accessCode->seam_access_code_id]);
            $accessCode->delete();
        }
    }

    private function locksFor(Unit $unit): array
    {
        return array_filter([$unit->seam_device_id, $unit->building->lobby_seam_device_id]);
    }

    private function generateCode(): string
    {
        // 6 digits, no runs like 123456 / 111111 (Schlage rejects them anyway)
        do {
            $code = (string) random_int(100000, 999999);
        } while (preg_match('/(\d)\1{2,}|012|123|234|345|456|567|678|789/', $code));

        return $code;
    }

    private function post(string $path, array $body): array
    {
        $response = Http::withToken($this->apiKey ?? config('services.seam.api_key'))
            ->acceptJson()
            ->timeout(15)
            ->post(self::API . $path, $body);

        $response->throw();

        return $response->json();
    }
}
