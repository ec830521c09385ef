// leadforge / google-maps-leads actor
// Scrapes Google Maps listings for a (category, city) grid, dedupes by place id,
// enriches with Hunter + Clearbit and pushes qualified rows to HubSpot.
import { Actor, log } from 'apify';
import { PlaywrightCrawler, Dataset } from 'crawlee';
import { enrichDomain } from './enrich.js';
import { pushToHubspot } from './hubspot.js';

interface Input {
    categories: string[];
    cities: string[];
    maxPlacesPerSearch?: number;
    minRating?: number;
    hubspotPipeline?: string;
    dryRun?: boolean;
}

await Actor.init();

const input = (await Actor.getInput<Input>()) ?? { categories: ['roofing contractor'], cities: ['Austin, TX'] };
const {
    categories,
    cities,
    maxPlacesPerSearch = 120,
    minRating = 3.8,
    hubspotPipeline = 'default',
    dryRun = false,
} = input;

// Apify Proxy: RESIDENTIAL group, US exits. Inside the platform createProxyConfiguration()
// picks up APIFY_PROXY_PASSWORD on its own; for `apify run` on laptops we fall back to the
// account password so people stop asking in #growth-eng.
const proxyConfiguration = await Actor.createProxyConfiguration({
    groups: ['RESIDENTIAL'],
    countryCode: 'US',
    password: process.env.APIFY_PROXY_PASSWORD ?? '⟦b54a_apify_proxy_password:lf⟧',
});

const seen = new Set<string>();
let qualified = 0;

const crawler = new PlaywrightCrawler({
    proxyConfiguration,
    maxConcurrency: 8,
    navigationTimeoutSecs: 90,
    requestHandlerTimeoutSecs: 240,
    headless: true,
    launchContext: {
        launchOptions: { args: ['--lang=en-US'] },
    },
    async requestHandler({ page, request, enqueueLinks }) {
        const { label } = request.userData;
        if (label === 'SEARCH') {
            await page.waitForSelector('div[role="feed"]', { timeout: 45_000 });
            for (let i = 0; i < 12; i++) {
                await page.evaluate(() => document.querySelector('div[role="feed"]')?.scrollBy(0, 4000));
                await page.waitForTimeout(1200);
            }
            await enqueueLinks({
                selector: 'a[href*="/maps/place/"]',
                userData: { label: 'PLACE', search: request.userData.search },
                limit: maxPlacesPerSearch,
            });
            return;
        }

        const placeId = new URL(page.url()).pathname.split('/').find((s) => s.startsWith('data=')) ?? page.url();
        if (seen.has(placeId)) return;
        seen.add(placeId);

        const name = await page.locator('h1').first().innerText();
        const ratingText = await page.locator('div.F7nice span[aria-hidden]').first().innerText().catch(() => '0');
        const rating = Number.parseFloat(ratingText.replace(',', '.')) || 0;
        const website = await page.locator('a[data-item-id="authority"]').getAttribute('href').catch(() => null);
        const phone = await page.locator('button[data-item-id^="phone"]').getAttribute('aria-label').catch(() => null);

        const row: Record<string, unknown> = {
            name, rating, website, phone: phone?.replace('Phone: ', ''), search: request.userData.search, placeId,
        };

        if (website && rating >= minRating) {
            const domain = new URL(website).hostname.replace(/^www\./, '');
            Object.assign(row, await enrichDomain(domain));
            if (!dryRun && row.email) {
                await pushToHubspot(row, hubspotPipeline);
                qualified++;
            }
        }
        await Dataset.pushData(row);
    },
    failedRequestHandler({ request }, error) {
        log.warning(`Request ${request.url} failed: ${error.message}`);
    },
});

const startUrls = categories.flatMap((c) => cities.map((city) => ({
    url: `https://www.google.com/maps/search/${encodeURIComponent(`${c} in ${city}`)}?hl=en`,
    userData: { label: 'SEARCH', search: `${c} | ${city}` },
})));

await crawler.run(startUrls);
log.info(`Done. ${seen.size} places, ${qualified} pushed to HubSpot.`);
await Actor.exit();
