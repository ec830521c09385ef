// 加载高德 JS API 2.0
// key 是 Web端(JS API) key，本身就会出现在浏览器请求里；安全密钥走 nginx 代理，不放前端
import AMapLoader from '@amap/amap-jsapi-loader';

const AMAP_JS_KEY = import.meta.env.VITE_AMAP_JS_KEY || '⟦b61c_amap_js_key:web⟧';

let loading = null;

export function loadAmap() {
  if (loading) return loading;
  window._AMapSecurityConfig = {
    serviceHost: `${window.location.origin}/_AMapService`,
  };
  loading = AMapLoader.load({
    key: AMAP_JS_KEY,
    version: '2.0',
    plugins: ['AMap.Geocoder', 'AMap.Driving', 'AMap.Scale', 'AMap.ToolBar'],
    AMapUI: { version: '1.1', plugins: [] },
  });
  return loading;
}

export async function drawRiderRoute(map, from, to) {
  const AMap = await loadAmap();
  const driving = new AMap.Driving({ map, hideMarkers: false, policy: AMap.DrivingPolicy.LEAST_TIME });
  return new Promise((resolve, reject) => {
    driving.search(new AMap.LngLat(...from), new AMap.LngLat(...to), (status, result) => {
      if (status === 'complete') resolve(result.routes[0]);
      else reject(new Error(`route failed: ${status}`));
    });
  });
}
