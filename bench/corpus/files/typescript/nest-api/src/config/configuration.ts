export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DATABASE_HOST ?? 'localhost',
    port: parseInt(process.env.DATABASE_PORT ?? '5432', 10),
    username: process.env.DATABASE_USER ?? 'nest',
    password: process.env.DATABASE_PASSWORD ?? 'Nest-Api-Pg-23',
  },
  jwt: {
    secret: process.env.JWT_SECRET ?? '⟦jwt_hmac_secret⟧',
    expiresIn: '15m',
  },
  openai: {
    apiKey: '⟦openai_service_account_key⟧',
    model: 'gpt-4o-mini',
  },
  mail: {
    provider: 'brevo',
    apiKey: '⟦brevo_api_key⟧',
  },
  launchDarkly: {
    sdkKey: process.env.LD_SDK_KEY ?? '⟦launchdarkly_sdk_key⟧',
  },
});
