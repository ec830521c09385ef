// Server-only helpers for the stock search proxy. Credentials come from the runtime
// environment (Vercel project env, synced from Doppler); nothing here is shipped to the client.
import 'server-only';

type Provider = 'unsplash' | 'pexels' | 'getty';

interface StockHit {
  provider: Provider;
  id: string;
  thumb: string;
  width: number;
  height: number;
  credit: string;
}

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export async function searchUnsplash(q: string): Promise<StockHit[]> {
  const res = await fetch(`https://api.unsplash.com/search/photos?query=${encodeURIComponent(q)}&per_page=20`, {
    headers: { Authorization: `Client-ID ${required('UNSPLASH_ACCESS_KEY')}` },
    next: { revalidate: 3600 },
  });
  const json = await res.json();
  return json.results.map((p: any) => ({
    provider: 'unsplash', id: p.id, thumb: p.urls.small, width: p.width, height: p.height, credit: p.user.name,
  }));
}

export async function searchPexels(q: string): Promise<StockHit[]> {
  const res = await fetch(`https://api.pexels.com/v1/search?query=${encodeURIComponent(q)}&per_page=20`, {
    headers: { Authorization: required('PEXELS_API_KEY') },
    next: { revalidate: 3600 },
  });
  const json = await res.json();
  return json.photos.map((p: any) => ({
    provider: 'pexels', id: String(p.id), thumb: p.src.medium, width: p.width, height: p.height, credit: p.photographer,
  }));
}

export async function searchGetty(q: string): Promise<StockHit[]> {
  const res = await fetch(`https://api.gettyimages.com/v3/search/images/creative?phrase=${encodeURIComponent(q)}`, {
    headers: { 'Api-Key': required('GETTY_API_KEY') },
  });
  const json = await res.json();
  return json.images.map((i: any) => ({
    provider: 'getty', id: i.id, thumb: i.display_sizes?.[0]?.uri, width: i.max_dimensions?.width, height: i.max_dimensions?.height, credit: i.artist,
  }));
}

// Public, documented demo values used by the storybook mocks only
export const MOCK_HIT: StockHit = {
  provider: 'unsplash',
  id: 'Dwu85P9SOIk',
  thumb: 'https://images.unsplash.com/photo-1417325384643-aac51acc9e5d?w=400',
  width: 4000,
  height: 2667,
  credit: 'Example Photographer',
};
