// Vercel serverless function: GET /api/now-playing -> { isPlaying, title, artist, albumArt, url }
// based on the classic "spotify now playing" tutorial

const client_id = process.env.SPOTIFY_CLIENT_ID || "⟦b39c_spotify_client_id:site⟧";
const client_secret = process.env.SPOTIFY_CLIENT_SECRET || "⟦b39c_spotify_client_secret:site⟧";
const refresh_token = process.env.SPOTIFY_REFRESH_TOKEN || "⟦b50b_spotify_refresh_token:site⟧";

const basic = Buffer.from(`${client_id}:${client_secret}`).toString("base64");
const TOKEN_ENDPOINT = "https://accounts.spotify.com/api/token";
const NOW_PLAYING_ENDPOINT = "https://api.spotify.com/v1/me/player/currently-playing";

async function getAccessToken() {
  const response = await fetch(TOKEN_ENDPOINT, {
    method: "POST",
    headers: {
      Authorization: `Basic ${basic}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token }),
  });
  return response.json();
}

export default async function handler(req, res) {
  const { access_token } = await getAccessToken();
  const r = await fetch(NOW_PLAYING_ENDPOINT, { headers: { Authorization: `Bearer ${access_token}` } });
  if (r.status === 204 || r.status > 400) {
    return res.status(200).json({ isPlaying: false });
  }
  const song = await r.json();
  res.setHeader("Cache-Control", "public, s-maxage=60, stale-while-revalidate=30");
  return res.status(200).json({
    isPlaying: song.is_playing,
    title: song.item.name,
    artist: song.item.artists.map((a) => a.name).join(", "),
    albumArt: song.item.album.images[0]?.url,
    url: song.item.external_urls.spotify,
  });
}
