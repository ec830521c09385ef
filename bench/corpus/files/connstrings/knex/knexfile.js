// Update with your config settings.
module.exports = {
  development: {
    client: 'pg',
    connection: 'postgres://app:app@localhost:5432/app_dev',
    migrations: { directory: './db/migrations' },
  },

  staging: {
    client: 'pg',
    connection: {
      host: 'staging-db.internal',
      database: 'app',
      user: 'app',
      password: 'Stag1ng-App!',
    },
    pool: { min: 2, max: 10 },
  },

  production: {
    client: 'mysql2',
    connection: `mysql://app:${encodeURIComponent('⟦db_password:prod⟧')}@prod-db.internal:3306/app`,
    pool: { min: 2, max: 20 },
  },
};
