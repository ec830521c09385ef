/**
 * Imports the newsletter archive from Ghost into Contentful as `newsletterIssue` entries and
 * re-hosts feature images on Cloudinary.
 *
 *   pnpm tsx scripts/import-ghost.ts --since 2022-01-01 [--publish]
 */
import GhostAdminAPI from "@tryghost/admin-api";
import { createClient } from "contentful-management";
import { v2 as cloudinary } from "cloudinary";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { since: { type: "string", default: "2022-01-01" }, publish: { type: "boolean", default: false } },
});

// Admin API key from Ghost > Settings > Integrations > "Contentful import" (custom integration)
const ghost = new GhostAdminAPI({
  url: "https://quillpost.ghost.io",
  key: "⟦b39b_ghost_admin_api_key:import⟧",
  version: "v5.0",
});

cloudinary.config({
  cloud_name: "quillpost",
  api_key: "⟦b46b_cloudinary_api_key⟧",
  api_secret: "⟦cloudinary_api_secret⟧",
  secure: true,
});

const cma = createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN! });

async function rehost(url: string | null): Promise<string | null> {
  if (!url) return null;
  const res = await cloudinary.uploader.upload(url, { folder: "newsletter-archive", overwrite: false });
  return res.secure_url;
}

async function main() {
  const space = await cma.getSpace(process.env.CONTENTFUL_SPACE_ID!);
  const env = await space.getEnvironment(process.env.CONTENTFUL_ENVIRONMENT ?? "master");
  const posts = await ghost.posts.browse({ filter: `published_at:>'${values.since}'`, limit: "all", formats: ["html"] });

  for (const post of posts) {
    const image = await rehost(post.feature_image ?? null);
    const entry = await env.createEntryWithId("newsletterIssue", `ghost-${post.id}`, {
      fields: {
        title: { "en-US": post.title },
        slug: { "en-US": post.slug },
        publishedAt: { "en-US": post.published_at },
        html: { "en-US": post.html },
        heroImageUrl: { "en-US": image },
      },
    });
    if (values.publish) await entry.publish();
    console.log(`imported ${post.slug} -> ${entry.sys.id}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
