import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { AuditRepository, type AuditFilter } from './audit.repository';
import type { AuditEventConnection } from './models/audit-event.model';

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Administrators read the whole journal, plus the events another collectivité shares with theirs about a
   * project they both take part in. Evaluators see only the events about the projects they evaluate. Both rules
   * are row-level security (audit_events policies), not code here.
   */
  list(filter: AuditFilter, page: PageRequest): Promise<AuditEventConnection> {
    return this.database.tenantTransaction(async () => {
      const [rows, total] = await this.audit.listPage(filter, page);
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
