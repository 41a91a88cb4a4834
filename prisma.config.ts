// Prisma CLI configuration. DATABASE_URL here is the owner's connection (migrations run as the owner;
// the API and the worker connect as the restricted application role, see README "Tenancy").
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'node scripts/seed.mjs' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/passerelles' },
});
