import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { AuditRepository, type AuditFilter } from './audit.repository';
import type { AuditEventConnection } from './models/audit-event.model';

const EVALUATOR_HIDDEN_ENTITIES = ['Session', 'User', 'ProjectParticipation', 'Invitation'];

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Administrators read the whole journal. Evaluators see only the projects they evaluate: the events of other
   * projects, of participations and of people's sessions and accounts are left out of their view.
   */
  list(filter: AuditFilter, page: PageRequest): Promise<AuditEventConnection> {
    const { role } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const restriction =
        role === 'EVALUATOR' ? { hiddenEntities: EVALUATOR_HIDDEN_ENTITIES, visibleProjectIds: await this.audit.visibleProjectIds() } : undefined;
      const [rows, total] = await this.audit.listPage({ ...filter, restriction }, page);
      const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
      const names = new Map((await this.audit.listActorNames(actorIds)).map((actor) => [actor.id, actor.name]));
      return toConnection(rows, total, page, (row) => ({
        id: row.id,
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        actorId: row.actorId,
        actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
        before: row.before as object | null,
        after: row.after as object | null,
        occurredAt: row.occurredAt,
      }));
    });
  }
}
