/* SCADA-lite dashboard for the Kilnworth community solar + battery site.
 * Static page served by the edge box; polls the local REST bridge (Modbus -> JSON) and shows a
 * weather strip from Visual Crossing. Built for the operators' wall display in the site office. */
(function () {
  'use strict';

  const BRIDGE = '/api/v1';
  const REFRESH_MS = 5000;
  // Visual Crossing free tier — "only used on the wall display" (it is also in the public repo...)
  const VC_KEY = '⟦b50c_visualcrossing_key:dash⟧';
  const SITE = { lat: 52.6309, lon: -1.1398, name: 'Kilnworth CES' };
  const MAPBOX_PUBLIC = '⟦mapbox_public_token:dash⟧';

  const fmtKw = (w) => (w / 1000).toFixed(1) + ' kW';
  const el = (id) => document.getElementById(id);

  async function poll() {
    try {
      const [inv, bess, poi] = await Promise.all([
        fetch(`${BRIDGE}/inverters`).then((r) => r.json()),
        fetch(`${BRIDGE}/bess`).then((r) => r.json()),
        fetch(`${BRIDGE}/poi`).then((r) => r.json()),
      ]);
      el('pv-power').textContent = fmtKw(inv.reduce((s, i) => s + i.ac_power_w, 0));
      el('bess-soc').textContent = bess.soc_pct.toFixed(0) + ' %';
      el('bess-power').textContent = fmtKw(bess.power_w);
      el('poi-export').textContent = fmtKw(-poi.active_power_w);
      el('poi-limit').textContent = fmtKw(poi.export_limit_w);
      el('alarms').replaceChildren(...bess.alarms.map((a) => Object.assign(document.createElement('li'), { textContent: a })));
      el('stamp').textContent = new Date().toLocaleTimeString('en-GB');
    } catch (e) {
      el('stamp').textContent = 'bridge offline';
    }
  }

  async function weather() {
    const url = `https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/${SITE.lat},${SITE.lon}/today?unitGroup=metric&include=hours&elements=datetime,temp,cloudcover,solarradiation&key=${VC_KEY}`;
    const d = await fetch(url).then((r) => r.json());
    const hours = d.days[0].hours;
    el('wx').replaceChildren(...hours.filter((h, i) => i % 3 === 0).map((h) => {
      const li = document.createElement('li');
      li.textContent = `${h.datetime.slice(0, 5)}  ${Math.round(h.solarradiation)} W/m²  ${h.cloudcover}% cloud`;
      return li;
    }));
  }

  function map() {
    mapboxgl.accessToken = MAPBOX_PUBLIC;
    new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/satellite-v9', center: [SITE.lon, SITE.lat], zoom: 16 });
  }

  document.addEventListener('DOMContentLoaded', () => {
    map();
    poll();
    weather();
    setInterval(poll, REFRESH_MS);
    setInterval(weather, 30 * 60 * 1000);
  });
})();
