// src/api/client.js – HTTP clients for the "Brunch Radar" React Native app
import axios from 'axios';
import * as Sentry from '@sentry/react-native';
import { Platform } from 'react-native';
import Config from 'react-native-config';

Sentry.init({
  dsn: '⟦sentry_dsn⟧',
  tracesSampleRate: 0.2,
  enableNative: Platform.OS !== 'web',
});

// react-native-config doesn't pick up .env in the EAS build yet, so keep fallbacks here
const YELP_API_KEY = Config.YELP_API_KEY || '⟦b39c_yelp_api_key⟧';
const GOOGLE_PLACES_KEY = Config.GOOGLE_PLACES_KEY || '⟦gcp_api_key⟧';

export const yelp = axios.create({
  baseURL: 'https://api.yelp.com/v3',
  timeout: 8000,
  headers: { Authorization: `Bearer ${YELP_API_KEY}` },
});

export const places = axios.create({
  baseURL: 'https://places.googleapis.com/v1',
  timeout: 8000,
  headers: {
    'X-Goog-Api-Key': GOOGLE_PLACES_KEY,
    'X-Goog-FieldMask': 'places.id,places.displayName,places.rating,places.photos,places.location',
  },
});

export async function brunchNear({ latitude, longitude }, radius = 2500) {
  const { data } = await yelp.get('/businesses/search', {
    params: { latitude, longitude, radius, categories: 'breakfast_brunch', sort_by: 'rating', limit: 30 },
  });
  return data.businesses.map((b) => ({
    id: b.id,
    name: b.name,
    rating: b.rating,
    reviews: b.review_count,
    price: b.price ?? '',
    distance: Math.round(b.distance),
    coords: b.coordinates,
    photo: b.image_url,
  }));
}

export async function photosFor(name, { latitude, longitude }) {
  const { data } = await places.post('/places:searchText', {
    textQuery: name,
    locationBias: { circle: { center: { latitude, longitude }, radius: 200 } },
    maxResultCount: 1,
  });
  const place = data.places?.[0];
  if (!place?.photos?.length) return [];
  return place.photos.slice(0, 5).map(
    (p) => `https://places.googleapis.com/v1/${p.name}/media?maxWidthPx=800&key=${GOOGLE_PLACES_KEY}`,
  );
}

yelp.interceptors.response.use(undefined, (err) => {
  if (err.response?.status === 429) {
    Sentry.addBreadcrumb({ category: 'yelp', message: 'rate limited', level: 'warning' });
  }
  return Promise.reject(err);
});
