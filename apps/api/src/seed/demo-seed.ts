import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Database } from '@passerelles/db/database';
import { createDatabase } from '@passerelles/db/create-database';
import { slugify } from '@passerelles/domain/slug';
import { PasswordHasher } from '../auth/password-hasher';
import { seedDemoCooperation } from './demo-cooperation-seed';
import { DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './demo-data';

/**
 * Demo data for `./passerelles start`: a région and a syndicat des eaux with a person for each role, two small
 * partner communes, and about a dozen projects with their partners, coopérations, conventions and deliberations. Idempotent: what exists is
 * kept, what is missing is added. Runs through the same RLS settings as the application, so that it works with
 * an owner role that is not superuser.
 * Usage: SEED_DATABASE_URL=postgresql://… node dist/seed/demo-seed.js
 */
export async function seedDemoData(database: Database): Promise<void> {
  const hasher = new PasswordHasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const tenantIds = new Map<string, string>();

  for (const tenant of DEMO_TENANTS) {
    const existing = await database.maintenanceTransaction({ scope: 'tenant-directory' }, () => database.tx().tenant.findUnique({ where: { siren: tenant.siren } }));
    const id = existing?.id ?? randomUUID();
    if (!existing) {
      await database.maintenanceTransaction({ tenantId: id }, async () => {
        await database.tx().tenant.create({
          data: { id, name: tenant.name, kind: tenant.kind, siren: tenant.siren, regionCode: tenant.regionCode, slug: `${slugify(tenant.name)}-${tenant.siren}` },
        });
        await database.tx().auditEvent.create({ data: { tenantId: id, entity: 'Tenant', entityId: id, action: 'SEED', after: { name: tenant.name } } });
      });
    }
    tenantIds.set(tenant.key, id);
  }

  for (const user of DEMO_USERS) {
    const existing = await database.maintenanceTransaction({ authEmail: user.email }, () => database.tx().user.findUnique({ where: { email: user.email } }));
    const userId = existing?.id ?? randomUUID();
    if (!existing) {
      await database.maintenanceTransaction({ authEmail: user.email, userId }, () =>
        database.tx().user.create({ data: { id: userId, email: user.email, name: user.name, passwordHash, lastTenantId: tenantIds.get(user.memberships[0].tenant) } }),
      );
    }
    for (const membership of user.memberships) {
      const tenantId = tenantIds.get(membership.tenant)!;
      await database.maintenanceTransaction({ tenantId, userId }, async () => {
        const present = await database.tx().membership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
        if (present) return;
        const created = await database.tx().membership.create({ data: { tenantId, userId, role: membership.role } });
        await database.tx().auditEvent.create({ data: { tenantId, entity: 'Membership', entityId: created.id, action: 'SEED', after: { email: user.email, role: membership.role } } });
      });
    }
  }

  await seedDemoCooperation(database, tenantIds);
}

if (require.main === module) {
  const url = process.env.SEED_DATABASE_URL;
  if (!url) {
    console.error('SEED_DATABASE_URL is required');
    process.exit(2);
  }
  const database = createDatabase({ connectionString: url, poolSize: 2, applicationName: 'passerelles-seed' });
  seedDemoData(database)
    .then(() => database.disconnect())
    .catch(async (error: unknown) => {
      console.error(error);
      await database.disconnect();
      process.exit(1);
    });
}
