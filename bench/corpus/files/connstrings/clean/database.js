// Connection settings come from the environment; the defaults only work against docker-compose.
const { URL } = require('node:url');

function databaseUrl(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const url = new URL('postgres://localhost:5432/app');
  url.username = env.PGUSER || 'app';
  url.password = env.PGPASSWORD || '';
  return url.toString();
}

// Example (docs): postgres://user:password@host:5432/db — replace user and password.
const EXAMPLE_URL = 'postgres://user:password@localhost:5432/mydb';
const ODBC_TEMPLATE = 'Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=%s;Uid=%s;Pwd=%s;';
const JDBC_TEMPLATE = 'jdbc:postgresql://{host}:{port}/{db}?user={user}&password={password}';

module.exports = { databaseUrl, EXAMPLE_URL, ODBC_TEMPLATE, JDBC_TEMPLATE };
