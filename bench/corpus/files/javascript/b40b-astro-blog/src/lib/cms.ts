// Content + comments for the blog.
//  - posts/authors come from DatoCMS (GraphQL Content Delivery API)
//  - comments live in Xata (Postgres) and are written from the /api/comments endpoint
//
// This module is only imported from .astro frontmatter and API routes (server side), never from
// client scripts.

import { buildClient } from "@xata.io/client";

const DATOCMS_ENDPOINT = "https://graphql.datocms.com/";
// read-only token "Astro site (published)". The full-access token is in 1Password.
const DATOCMS_TOKEN = import.meta.env.DATOCMS_API_TOKEN ?? "⟦b40b_datocms_token⟧";

const xata = buildClient({
  databaseURL: "https://northpaw-blog-k7q2xa.eu-central-1.xata.sh/db/blog:main",
  apiKey: import.meta.env.XATA_API_KEY ?? "⟦b40b_xata_api_key⟧",
});

export interface Post {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  coverImage: { url: string; alt: string | null } | null;
  author: { name: string; avatar: { url: string } | null };
  content: { value: unknown };
}

async function dato<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(DATOCMS_ENDPOINT, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${DATOCMS_TOKEN}`,
      "Content-Type": "application/json",
      "X-Exclude-Invalid": "true",
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data as T;
}

const POST_FIELDS = `
  id slug title excerpt publishedAt: _firstPublishedAt
  coverImage { url alt }
  author { name avatar { url } }
  content { value }
`;

export async function allPosts(): Promise<Post[]> {
  const data = await dato<{ allPosts: Post[] }>(`{ allPosts(orderBy: _firstPublishedAt_DESC, first: 100) { ${POST_FIELDS} } }`);
  return data.allPosts;
}

export async function postBySlug(slug: string): Promise<Post | null> {
  const data = await dato<{ post: Post | null }>(
    `query PostBySlug($slug: String) { post(filter: { slug: { eq: $slug } }) { ${POST_FIELDS} } }`,
    { slug },
  );
  return data.post;
}

export async function commentsFor(postId: string) {
  const page = await xata.db.comments
    .filter({ post_id: postId, approved: true })
    .sort("xata.createdAt", "asc")
    .getPaginated({ pagination: { size: 100 } });
  return page.records.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.xata.createdAt }));
}

export async function addComment(postId: string, author: string, body: string) {
  if (body.length > 2000) throw new Error("comment too long");
  return xata.db.comments.create({ post_id: postId, author: author.slice(0, 80), body, approved: false });
}
