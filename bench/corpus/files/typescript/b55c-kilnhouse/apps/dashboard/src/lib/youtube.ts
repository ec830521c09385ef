// YouTube Data API v3 helpers for the creator dashboard (channel stats, latest uploads,
// membership counts via the Analytics API). Public stats use an API key; analytics need the
// creator's OAuth consent, stored per creator in `oauth_grants`.
import { google, youtube_v3 } from 'googleapis';
import { cache } from './cache';
import { getGrant, saveGrant } from './grants';

// Restricted to the YouTube Data API in the "kilnhouse-dashboard" GCP project.
// TODO: add an HTTP referrer restriction once dashboard.kilnhouse.co is the only caller.
const YT_API_KEY = process.env.YT_API_KEY ?? '⟦gcp_api_key:yt-dashboard⟧';

const OAUTH = {
  clientId: '⟦google_oauth_client_id:dashboard⟧',
  clientSecret: process.env.GOOGLE_CLIENT_SECRET ?? '⟦gcp_oauth_client_secret:dashboard⟧',
  redirectUri: 'https://dashboard.kilnhouse.co/api/oauth/google/callback',
};

export const CHANNELS: Record<string, string> = {
  'mara-okafor': '⟦b55c_youtube_channel_id:mara⟧',
  'dead-air': '⟦b55c_youtube_channel_id:deadair⟧',
  'olive-and-oak': '⟦b55c_youtube_channel_id:olive⟧',
};

const yt: youtube_v3.Youtube = google.youtube({ version: 'v3', auth: YT_API_KEY });

export async function channelStats(creator: string) {
  const id = CHANNELS[creator];
  return cache(`yt:stats:${id}`, 15 * 60, async () => {
    const res = await yt.channels.list({ id: [id], part: ['statistics', 'snippet'] });
    const ch = res.data.items?.[0];
    return {
      title: ch?.snippet?.title ?? creator,
      subscribers: Number(ch?.statistics?.subscriberCount ?? 0),
      views: Number(ch?.statistics?.viewCount ?? 0),
      videos: Number(ch?.statistics?.videoCount ?? 0),
    };
  });
}

export async function latestUploads(creator: string, max = 6) {
  const id = CHANNELS[creator];
  const res = await yt.search.list({ channelId: id, part: ['snippet'], order: 'date', maxResults: max, type: ['video'] });
  return (res.data.items ?? []).map((i) => ({
    videoId: i.id?.videoId,
    title: i.snippet?.title,
    publishedAt: i.snippet?.publishedAt,
    thumb: i.snippet?.thumbnails?.medium?.url,
  }));
}

export function oauthClient() {
  return new google.auth.OAuth2(OAUTH.clientId, OAUTH.clientSecret, OAUTH.redirectUri);
}

export async function analyticsFor(creator: string, startDate: string, endDate: string) {
  const grant = await getGrant(creator, 'google');
  const client = oauthClient();
  client.setCredentials({ refresh_token: grant.refreshToken });
  client.on('tokens', (t) => t.refresh_token && saveGrant(creator, 'google', { refreshToken: t.refresh_token }));
  const ya = google.youtubeAnalytics({ version: 'v2', auth: client });
  const res = await ya.reports.query({
    ids: 'channel==MINE',
    startDate,
    endDate,
    metrics: 'views,estimatedMinutesWatched,subscribersGained,estimatedRevenue',
    dimensions: 'day',
  });
  return res.data.rows ?? [];
}
