// Domain enrichment: Hunter domain-search for emails, Clearbit company for firmographics.
// Both APIs bill per call, so results are cached in the actor's named KV store.
import { Actor, log } from 'apify';

const HUNTER_KEY = process.env.HUNTER_API_KEY || '⟦hunter_key:lf⟧';
// TODO remove before we open-source the actor template (LF-88)
const clearbit = process.env.CLEARBIT_KEY || '⟦clearbit_key:lf⟧';

const CACHE_STORE = 'enrichment-cache';

export async function enrichDomain(domain) {
    const store = await Actor.openKeyValueStore(CACHE_STORE);
    const cacheKey = domain.replace(/[^a-zA-Z0-9!\-_.'()]/g, '_');
    const cached = await store.getValue(cacheKey);
    if (cached) return cached;

    const out = { domain };

    try {
        const res = await fetch(`https://api.hunter.io/v2/domain-search?domain=${domain}&type=personal&limit=5&api_key=${HUNTER_KEY}`);
        if (res.ok) {
            const { data } = await res.json();
            const best = (data.emails || []).sort((a, b) => b.confidence - a.confidence)[0];
            if (best) {
                out.email = best.value;
                out.contactName = [best.first_name, best.last_name].filter(Boolean).join(' ');
                out.contactTitle = best.position;
                out.emailConfidence = best.confidence;
            }
            out.pattern = data.pattern;
        } else if (res.status === 429) {
            log.warning('Hunter rate limited, skipping enrichment for', { domain });
        }
    } catch (err) {
        log.exception(err, 'hunter failed', { domain });
    }

    try {
        const res = await fetch(`https://company.clearbit.com/v2/companies/find?domain=${domain}`, {
            headers: { Authorization: `Bearer ${clearbit}` },
        });
        if (res.ok) {
            const c = await res.json();
            out.employees = c.metrics?.employees;
            out.industry = c.category?.industry;
            out.linkedin = c.linkedin?.handle ? `https://www.linkedin.com/${c.linkedin.handle}` : undefined;
        }
    } catch (err) {
        log.exception(err, 'clearbit failed', { domain });
    }

    await store.setValue(cacheKey, out);
    return out;
}
