// Aurora Outdoor storefront -- edge middleware
// - maintenance mode + redirects from Edge Config (editable by the client in the Vercel dashboard)
// - A/B bucket cookie for the new PDP
import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@vercel/edge-config";

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|sitemap.xml).*)"],
};

// EDGE_CONFIG is injected by the Vercel integration. Preview deployments created from the
// client's fork don't get it, hence the fallback (read-only token, Aurora store only).
const edgeConfig = createClient(
  process.env.EDGE_CONFIG ??
    "⟦b66b_vercel_edge_config_url:aurora⟧",
);

type Redirect = { from: string; to: string; permanent?: boolean };

const BUCKET_COOKIE = "ao_pdp_bucket";

export async function middleware(req: NextRequest) {
  const [maintenance, redirects] = await Promise.all([
    edgeConfig.get<boolean>("maintenance"),
    edgeConfig.get<Redirect[]>("redirects"),
  ]);

  if (maintenance && !req.cookies.get("ao_staff")) {
    const url = req.nextUrl.clone();
    url.pathname = "/maintenance";
    return NextResponse.rewrite(url);
  }

  const hit = redirects?.find((r) => r.from === req.nextUrl.pathname);
  if (hit) {
    return NextResponse.redirect(new URL(hit.to, req.url), hit.permanent ? 308 : 307);
  }

  const res = NextResponse.next();
  if (req.nextUrl.pathname.startsWith("/p/") && !req.cookies.get(BUCKET_COOKIE)) {
    res.cookies.set(BUCKET_COOKIE, Math.random() < 0.5 ? "a" : "b", {
      maxAge: 60 * 60 * 24 * 30,
      sameSite: "lax",
    });
  }
  return res;
}
