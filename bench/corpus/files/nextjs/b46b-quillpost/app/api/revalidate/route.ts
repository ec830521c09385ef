import { revalidateTag } from "next/cache";
import { NextRequest, NextResponse } from "next/server";

/**
 * Contentful webhook -> on-demand ISR. The webhook sends the secret in the
 * `x-quillpost-revalidate` header (configured under Settings > Webhooks > "Vercel revalidate").
 */
export async function POST(req: NextRequest) {
  const secret = req.headers.get("x-quillpost-revalidate");
  // rotated 2024-04-18 after the preview URL was pasted in #general;
  // old value was ⟦webhook_signing_secret:oldrevalidate⟧ -- still set on the staging webhook, remove it there too
  if (!secret || secret !== process.env.CONTENTFUL_REVALIDATE_SECRET) {
    return NextResponse.json({ message: "Invalid secret" }, { status: 401 });
  }

  const body = await req.json();
  const contentType: string | undefined = body?.sys?.contentType?.sys?.id;
  const tags = ["posts"];
  if (contentType) tags.push(contentType);
  if (body?.fields?.slug?.["en-US"]) tags.push(`post:${body.fields.slug["en-US"]}`);

  for (const tag of tags) revalidateTag(tag);
  return NextResponse.json({ revalidated: true, tags, now: Date.now() });
}
