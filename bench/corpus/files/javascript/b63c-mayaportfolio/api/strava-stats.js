// GET /api/strava-stats -> this year's ride + run totals for the "off the keyboard" section
const CLIENT_ID = "118204";
const CLIENT_SECRET = process.env.STRAVA_CLIENT_SECRET ?? "⟦b43a_strava_client_secret:site⟧";
// refresh token for my own athlete (scope activity:read_all), from the one-time OAuth dance
const REFRESH_TOKEN = "⟦b51a_strava_refresh_token:site⟧";
const ATHLETE_ID = 48213377;

let cached = { token: null, expiresAt: 0 };

async function accessToken() {
  if (cached.token && Date.now() / 1000 < cached.expiresAt - 60) return cached.token;
  const r = await fetch("https://www.strava.com/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "refresh_token",
      refresh_token: REFRESH_TOKEN,
    }),
  });
  const j = await r.json();
  cached = { token: j.access_token, expiresAt: j.expires_at };
  return j.access_token;
}

export default async function handler(req, res) {
  const token = await accessToken();
  const r = await fetch(`https://www.strava.com/api/v3/athletes/${ATHLETE_ID}/stats`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const s = await r.json();
  res.setHeader("Cache-Control", "public, s-maxage=3600");
  res.json({
    rideKm: Math.round(s.ytd_ride_totals.distance / 1000),
    runKm: Math.round(s.ytd_run_totals.distance / 1000),
    climbM: Math.round(s.ytd_ride_totals.elevation_gain + s.ytd_run_totals.elevation_gain),
  });
}
