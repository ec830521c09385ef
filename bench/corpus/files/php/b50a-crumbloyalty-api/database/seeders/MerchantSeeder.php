<?php

namespace Database\Seeders;

use App\Models\Merchant;
use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

/**
 * Seeds the pilot merchants on a fresh staging DB.
 * NOTE: the Clover tokens are the pilot merchants' REAL merchant API tokens (created in their
 * Clover dashboards during onboarding) because the Clover sandbox can't simulate their devices.
 */
class MerchantSeeder extends Seeder
{
    public function run(): void
    {
        $owner = User::firstOrCreate(
            ['email' => 'pilot-owner@crumbloyalty.com'],
            ['name' => 'Pilot Owner', 'password' => Hash::make('pilot-owner-local')]
        );

        $merchants = [
            [
                'slug' => 'rise-and-grind-01',
                'name' => 'Rise & Grind - Midtown',
                'pos' => 'clover',
                'clover_merchant_id' => '⟦b47a_clover_merchant_id:rag01⟧',
                'clover_api_token' => '⟦b47a_clover_api_token:rag01⟧',
                'givex_merchant_id' => '71203',
            ],
            [
                'slug' => 'rise-and-grind-02',
                'name' => 'Rise & Grind - Old Fourth Ward',
                'pos' => 'clover',
                'clover_merchant_id' => '⟦b47a_clover_merchant_id:rag02⟧',
                'clover_api_token' => '⟦b47a_clover_api_token:rag02⟧',
                'givex_merchant_id' => '71204',
            ],
            [
                'slug' => 'flourish-bakehouse-main',
                'name' => 'Flourish Bakehouse',
                'pos' => 'square',
                'square_location_id' => '⟦b42b_square_location_id:flourish⟧',
                'square_access_token' => '⟦square_access_token:flourish⟧',
                'givex_merchant_id' => '71877',
            ],
            [
                'slug' => 'demo-cafe',
                'name' => 'Demo Cafe (sandbox)',
                'pos' => 'clover',
                'clover_merchant_id' => 'DEMOMERCHANT1',
                'clover_api_token' => env('CLOVER_SANDBOX_TOKEN', ''),
                'givex_merchant_id' => null,
            ],
        ];

        foreach ($merchants as $m) {
            Merchant::updateOrCreate(['slug' => $m['slug']], $m + ['owner_id' => $owner->id]);
        }
    }
}
