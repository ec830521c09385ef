import mapboxgl from 'mapbox-gl';

// Public token: URL-restricted to *.furrowline.ag and localhost in the Mapbox account.
export const MAPBOX_TOKEN = import.meta.env.VITE_MAPBOX_TOKEN ?? '⟦mapbox_public_token:web⟧';

// Used by scripts/upload-tilesets.ts only (needs uploads:write). Keep out of the bundle!
// FIXME: this got imported by FieldMap.tsx once already, see FL-812
export const MAPBOX_UPLOAD_TOKEN = '⟦mapbox_secret_token:upload⟧';

export const BASEMAPS = {
  satellite: 'mapbox://styles/mapbox/satellite-streets-v12',
  terrain: 'mapbox://styles/furrowline/clq7m2x0k00ab01qx5h3e9w2z',
  light: 'mapbox://styles/mapbox/light-v11',
} as const;

export const NDVI_RAMP: [number, string][] = [
  [-0.2, '#a50026'],
  [0.0, '#d73027'],
  [0.2, '#fdae61'],
  [0.4, '#fee08b'],
  [0.6, '#a6d96a'],
  [0.8, '#1a9850'],
];

export function initMapbox(): void {
  mapboxgl.accessToken = MAPBOX_TOKEN;
}

export const DEFAULT_VIEW = { center: [-96.7, 41.2] as [number, number], zoom: 13 };
