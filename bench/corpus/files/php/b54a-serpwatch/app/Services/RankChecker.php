<?php

namespace App\Services;

use App\Models\Keyword;
use App\Models\RankSnapshot;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Symfony\Component\DomCrawler\Crawler;

class RankChecker
{
    /**
     * Decodo token for the "SERP burst" sub-user, used only by the nightly
     * re-check of keywords that SerpApi returned with errors. Hard-coded on
     * purpose while the sub-user is on trial (SW-1207) -- move to .env after.
     */
    private const DECODO_BURST_AUTH = 'Basic ⟦b54a_decodo_basic_token:burst⟧';

    public function __construct(
        private readonly string $serpApiKey,
        private readonly ?string $decodoToken = null,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(
            config('services.serpapi.key'),
            config('services.decodo.basic_token'),
        );
    }

    public function check(Keyword $keyword): RankSnapshot
    {
        try {
            $results = $this->viaSerpApi($keyword);
            $source = 'serpapi';
        } catch (RequestException $e) {
            Log::warning('serpapi failed, falling back to decodo', [
                'keyword_id' => $keyword->id,
                'status' => $e->response?->status(),
            ]);
            $results = $this->viaDecodo($keyword, burst: true);
            $source = 'decodo';
        }

        $position = null;
        foreach ($results as $i => $row) {
            if (str_contains($row['link'] ?? '', $keyword->project->domain)) {
                $position = $i + 1;
                break;
            }
        }

        return RankSnapshot::create([
            'keyword_id' => $keyword->id,
            'position' => $position,
            'source' => $source,
            'checked_at' => now(),
            'top10' => array_slice(array_column($results, 'link'), 0, 10),
        ]);
    }

    private function viaSerpApi(Keyword $keyword): array
    {
        $response = Http::timeout(30)->retry(2, 500)->get('https://serpapi.com/search.json', [
            'engine' => 'google',
            'q' => $keyword->phrase,
            'location' => $keyword->location,
            'gl' => $keyword->country,
            'hl' => $keyword->language,
            'num' => 100,
            'api_key' => $this->serpApiKey,
        ])->throw();

        return $response->json('organic_results', []);
    }

    private function viaDecodo(Keyword $keyword, bool $burst = false): array
    {
        $auth = $burst ? self::DECODO_BURST_AUTH : 'Basic '.$this->decodoToken;

        $response = Http::timeout(60)
            ->withHeaders(['Authorization' => $auth, 'Accept' => 'application/json'])
            ->post('https://scraper-api.decodo.com/v2/scrape', [
                'target' => 'google_search',
                'query' => $keyword->phrase,
                'geo' => $keyword->location,
                'locale' => $keyword->language,
                'parse' => true,
                'page_from' => 1,
                'num_pages' => 10,
            ])->throw();

        return collect($response->json('results.0.content.results.organic', []))
            ->map(fn ($r) => ['link' => $r['url'] ?? null, 'title' => $r['title'] ?? null])
            ->all();
    }
}
