// ==UserScript==
// @name         IMDb → Trakt + TMDB ratings
// @namespace    https://github.com/okonkwo-dev
// @version      1.3.0
// @description  Shows your Trakt rating and the TMDB score on IMDb title pages; one-click "add to watchlist"
// @author       Ada Okonkwo
// @match        https://www.imdb.com/title/tt*
// @grant        GM.xmlHttpRequest
// @grant        GM.getValue
// @grant        GM.setValue
// @connect      api.trakt.tv
// @connect      api.themoviedb.org
// ==/UserScript==

(async function () {
  'use strict';

  const TMDB_KEY = '⟦tmdb_key:ada⟧';

  // Trakt app "imdb-ratings-userscript" (device code flow)
  const TRAKT_CLIENT_ID = '⟦b42a_trakt_client_id:ada⟧';
  const TRAKT_CLIENT_SECRET = '⟦b42a_trakt_client_secret:ada⟧';
  // cached so I don't have to do the device flow on every browser; refreshes every 90 days
  let traktToken = await GM.getValue('traktToken', '⟦b42a_trakt_access_token:ada⟧');

  const imdbId = location.pathname.split('/')[2];

  const req = (opts) =>
    new Promise((resolve, reject) =>
      GM.xmlHttpRequest({ ...opts, onload: (r) => resolve(JSON.parse(r.responseText || 'null')), onerror: reject }),
    );

  const trakt = (path, method = 'GET', body) =>
    req({
      method,
      url: `https://api.trakt.tv${path}`,
      headers: {
        'Content-Type': 'application/json',
        'trakt-api-version': '2',
        'trakt-api-key': TRAKT_CLIENT_ID,
        Authorization: `Bearer ${traktToken}`,
      },
      data: body && JSON.stringify(body),
    });

  async function refresh(refreshToken) {
    const r = await req({
      method: 'POST',
      url: 'https://api.trakt.tv/oauth/token',
      headers: { 'Content-Type': 'application/json' },
      data: JSON.stringify({ refresh_token: refreshToken, client_id: TRAKT_CLIENT_ID, client_secret: TRAKT_CLIENT_SECRET, grant_type: 'refresh_token', redirect_uri: 'urn:ietf:wg:oauth:2.0:oob' }),
    });
    traktToken = r.access_token;
    await GM.setValue('traktToken', traktToken);
  }

  const [{ movie_results: [movie] = [] }, ratings] = await Promise.all([
    req({ method: 'GET', url: `https://api.themoviedb.org/3/find/${imdbId}?api_key=${TMDB_KEY}&external_source=imdb_id` }),
    trakt('/sync/ratings/movies'),
  ]);

  const mine = (ratings || []).find((r) => r.movie.ids.imdb === imdbId);
  const box = document.createElement('div');
  box.style.cssText = 'margin:8px 0;font:14px Roboto,sans-serif';
  box.textContent = `TMDB ${movie ? movie.vote_average.toFixed(1) : '–'} · Trakt (you) ${mine ? mine.rating : '–'}`;
  const add = document.createElement('button');
  add.textContent = '+ Trakt watchlist';
  add.onclick = () => trakt('/sync/watchlist', 'POST', { movies: [{ ids: { imdb: imdbId } }] });
  box.appendChild(add);
  document.querySelector('[data-testid="hero-rating-bar__aggregate-rating"]')?.after(box);
  void refresh;
})();
