module.exports = ({ env }) => ({
  upload: {
    config: {
      provider: 'cloudinary',
      providerOptions: {
        cloud_name: env('CLOUDINARY_NAME'),
        api_key: env('CLOUDINARY_KEY'),
        api_secret: env('CLOUDINARY_SECRET'),
      },
      actionOptions: {
        upload: { folder: env('CLOUDINARY_FOLDER', 'fietsfabriek') },
        uploadStream: { folder: env('CLOUDINARY_FOLDER', 'fietsfabriek') },
        delete: {},
      },
    },
  },
  email: {
    config: {
      provider: 'strapi-provider-email-brevo',
      providerOptions: {
        apiKey: env('BREVO_API_KEY'),
      },
      settings: {
        defaultSenderEmail: env('EMAIL_FROM', 'cms@fietsfabriek.nl'),
        defaultSenderName: 'Fietsfabriek CMS',
        defaultReplyTo: 'info@fietsfabriek.nl',
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '7d' },
      ratelimit: { interval: 60000, max: 10 },
    },
  },
  i18n: {
    enabled: true,
    config: { defaultLocale: 'nl' },
  },
  'preview-button': {
    config: {
      contentTypes: [
        {
          uid: 'api::bike.bike',
          draft: {
            url: `${env('FRONTEND_URL')}/api/preview`,
            query: { type: 'bike', slug: '{slug}', secret: env('PREVIEW_SECRET') },
          },
        },
      ],
    },
  },
});
