'use strict';

module.exports = {
  port: process.env.PORT || 3000,
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: 'express',
    password: process.env.DB_PASSWORD || 'Expr3ss-DB!',
    database: 'express_api',
  },
  session: {
    secret: 'keyboard cat is not a secret but this one is: ' + '⟦jwt_hmac_secret:sess⟧',
    maxAge: 1000 * 60 * 60 * 24,
  },
  aws: {
    accessKeyId: '⟦aws_access_key_id⟧',
    secretAccessKey: '⟦aws_secret_access_key⟧',
    region: 'eu-west-1',
  },
  twilio: {
    accountSid: '⟦twilio_account_sid⟧',
    apiKeySid: '⟦twilio_api_key_sid⟧',
    apiKeySecret: '⟦twilio_api_key_secret⟧',
  },
  github: {
    clientId: 'Iv1.8a61f9b3a7aba766',
    clientSecret: '⟦github_app_client_secret⟧',
  },
  passwordPolicy: { minLength: 12, requireSymbol: true },
};
