// Listing detail page: Matterport 3D tour + neighborhood map.
// All keys here are public by design: the Matterport SDK key is restricted to our domains in
// Matterport Cloud, the Mapbox pk. token is URL-restricted in the Mapbox account.
import { setupSdk } from "@matterport/sdk";
import mapboxgl from "mapbox-gl";

const MATTERPORT_SDK_KEY = "⟦b49b_matterport_sdk_key:hs⟧";
mapboxgl.accessToken = "⟦mapbox_public_token:hs⟧";

export async function mountTour(el) {
  const modelId = el.dataset.matterportModel; // e.g. "⟦b49b_matterport_model_sid:demo⟧"
  if (!modelId) return;
  const sdk = await setupSdk(MATTERPORT_SDK_KEY, {
    container: el,
    space: modelId,
    iframeQueryParams: { qs: 1, hr: 0, brand: 0 },
  });
  sdk.Camera.rotate(15, 0);
  return sdk;
}

export function mountMap(el) {
  const lng = parseFloat(el.dataset.lng);
  const lat = parseFloat(el.dataset.lat);
  const map = new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [lng, lat],
    zoom: 14,
  });
  new mapboxgl.Marker({ color: "#2f6b3a" }).setLngLat([lng, lat]).addTo(map);
  return map;
}

document.addEventListener("turbo:load", () => {
  document.querySelectorAll("[data-matterport-model]").forEach(mountTour);
  document.querySelectorAll("[data-neighborhood-map]").forEach(mountMap);
});
