import { Injectable } from '@nestjs/common';
import { optionalTenantContext } from '@passerelles/db/tenant-context';
import { AuditRepository } from './audit.repository';

export type AuditEntity =
  | 'Tenant'
  | 'User'
  | 'Membership'
  | 'Invitation'
  | 'Session'
  | 'ServiceRevenue'
  | 'Organisation'
  | 'OrganisationContact'
  | 'Cooperation'
  | 'Convention'
  | 'Document'
  | 'Project'
  | 'ProjectParticipation'
  | 'Deliberation';

export interface AuditRecord {
  entity: AuditEntity;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
  /** The project the entity hangs on, if any: the event is then visible only where the project is. */
  projectId?: string | null;
  /** Another collectivité concerned (a participation's lead or participant): the event shows in its journal too. */
  counterpartTenantId?: string | null;
}

/** When no tenant context exists yet (sign-up, invitation acceptance), the caller names tenant and actor. */
export interface AuditActor {
  tenantId: string;
  actorId: string | null;
}

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'htmlBody', 'textBody', 'password', 'token']);

/**
 * Writes the append-only audit trail, inside the caller's transaction: the change and its record commit or
 * roll back together.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly audit: AuditRepository) {}

  async record(record: AuditRecord, actor?: AuditActor): Promise<void> {
    const context = optionalTenantContext();
    const tenantId = actor?.tenantId ?? context?.tenantId;
    if (!tenantId) throw new Error('An audit record needs a tenant: pass the actor when no tenant context is set');
    await this.audit.insert({
      tenantId,
      actorId: actor ? actor.actorId : (context?.userId ?? null),
      entity: record.entity,
      entityId: record.entityId,
      action: record.action,
      before: sanitize(record.before),
      after: sanitize(record.after),
      requestId: context?.requestId ?? null,
      projectId: record.projectId ?? null,
      counterpartTenantId: record.counterpartTenantId && record.counterpartTenantId !== tenantId ? record.counterpartTenantId : null,
    });
  }
}

function sanitize(value: object | null | undefined): object | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner))) as object;
}
