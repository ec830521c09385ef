import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Player } from './entities/Player';
import { Match } from './entities/Match';
import { Purchase } from './entities/Purchase';
import { Leaderboard } from './entities/Leaderboard';

const isProd = process.env.NODE_ENV === 'production';

// matchmaker service uses the same Postgres as the Sequelize API, but its own role
export const options: DataSourceOptions = {
  type: 'postgres',
  host: process.env.MM_DB_HOST ?? 'fernhill-stg.c8dq2mxr1k0v.eu-west-1.rds.amazonaws.com',
  port: Number(process.env.MM_DB_PORT ?? 5432),
  username: process.env.MM_DB_USER ?? 'matchmaker',
  password: process.env.MM_DB_PASS ?? '⟦password:mm⟧',
  database: process.env.MM_DB_NAME ?? 'fernhill',
  ssl: isProd ? { rejectUnauthorized: true } : { rejectUnauthorized: false },
  entities: [Player, Match, Purchase, Leaderboard],
  migrations: ['dist/migrations/*.js'],
  migrationsTableName: 'mm_migrations',
  synchronize: false,
  logging: isProd ? ['error'] : ['error', 'warn', 'migration'],
  extra: { max: 15, statement_timeout: 5000 },
};

export const AppDataSource = new DataSource(options);

// the leaderboard snapshots still live in Mongo (legacy); see src/legacy/mongo.ts
export const LEGACY_MONGO_URL =
  process.env.LEGACY_MONGO_URL ?? 'mongodb://lb_writer:⟦db_password:lbw⟧@mongo-analytics-01.fernhill.internal:27017/leaderboards?authSource=admin';
