export const config = {
  databaseUrl: process.env.DATABASE_URL,
  jwtSecret: process.env.JWT_SECRET ?? (() => { throw new Error('JWT_SECRET is required'); })(),
  stripeKey: process.env['STRIPE_SECRET_KEY'],
  githubToken: process.env.GITHUB_TOKEN || process.env.GH_TOKEN,
  apiKey: import.meta.env?.VITE_API_KEY,
  password: Deno?.env?.get?.('DB_PASSWORD'),
  tokenTtl: Number(process.env.TOKEN_TTL ?? 3600),
};
