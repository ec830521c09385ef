// Frontend (webview) helpers for Quillnote. Everything in src/ is bundled by Vite into dist/ and shipped
// inside the app — treat it like a public website.
import { createClient } from '@supabase/supabase-js'
import { invoke } from '@tauri-apps/api/core'

export const supabase = createClient(
  'https://vbmqzrhdtkcnwpxlgeya.supabase.co',
  import.meta.env.VITE_SUPABASE_ANON_KEY ?? '⟦supabase_anon_key:quill⟧',
)

// Unsplash for note cover images. The "Access Key" is the client id; the secret key is only needed for
// OAuth user actions, which we don't use… but it was pasted here during the hackathon.
const UNSPLASH_ACCESS_KEY = '⟦unsplash_access_key:quill⟧'
const UNSPLASH_SECRET_KEY = '⟦generic_api_key_alnum40:unsplash-secret|slice=0-43⟧'

export async function coverImage(query: string): Promise<string | null> {
  const res = await fetch(`https://api.unsplash.com/photos/random?query=${encodeURIComponent(query)}&orientation=landscape`, {
    headers: { Authorization: `Client-ID ${UNSPLASH_ACCESS_KEY}`, 'Accept-Version': 'v1' },
  })
  if (!res.ok) return null
  const photo = await res.json()
  return photo.urls?.regular ?? null
}

export async function pull(since: string) {
  const { data } = await supabase.auth.getSession()
  if (!data.session) return []
  return invoke('pull_notes', { accessToken: data.session.access_token, since })
}

export async function ask(question: string, notes: unknown[]) {
  return invoke<string>('ask_notes', { question, context: notes })
}

void UNSPLASH_SECRET_KEY
