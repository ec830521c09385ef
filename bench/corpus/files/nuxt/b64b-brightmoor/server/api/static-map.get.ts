import { createHmac } from 'node:crypto'

/**
 * Signed Google Static Maps URL for the "Getting here" card and the PDF programme.
 * The API key is a browser key (HTTP-referrer restricted); unsigned requests are capped at 0/day, so
 * every URL must carry a signature made with the project's URL signing secret.
 */
const MAPS_KEY = '⟦b64b_gmaps_browser_key:bm⟧'
const MAPS_SIGNING_SECRET = process.env.MAPS_SIGNING_SECRET || '⟦b64b_gmaps_url_signing_secret:bm⟧'

function sign(pathAndQuery: string): string {
  const key = Buffer.from(MAPS_SIGNING_SECRET.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  const sig = createHmac('sha1', key).update(pathAndQuery).digest('base64')
  return sig.replace(/\+/g, '-').replace(/\//g, '_')
}

export default defineEventHandler((event) => {
  const q = getQuery(event)
  const venue = String(q.venue ?? 'Kelham Island Museum, Sheffield')
  const size = /^\d{2,4}x\d{2,4}$/.test(String(q.size)) ? String(q.size) : '640x360'
  const params = new URLSearchParams({
    center: venue,
    zoom: '15',
    size,
    scale: '2',
    markers: `color:0xd9480f|${venue}`,
    key: MAPS_KEY,
  })
  const path = `/maps/api/staticmap?${params.toString()}`
  const url = `https://maps.googleapis.com${path}&signature=${sign(path)}`
  setResponseHeader(event, 'Cache-Control', 'public, max-age=86400')
  return sendRedirect(event, url, 302)
})
