import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { Prisma } from '@passerelles/db/generated/prisma/client';
import { sqlStatement } from '@passerelles/db/sql-statement';
import type { PageRequest } from '../pagination/page-request';

export interface NewAuditEvent {
  tenantId: string;
  actorId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: object | null;
  after: object | null;
  requestId: string | null;
  projectId: string | null;
  counterpartTenantId: string | null;
}

/** What an evaluator sees is decided by row-level security (events about the projects she evaluates). */
export interface AuditEventRow {
  id: string;
  entity: string;
  entityId: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  before: object | null;
  after: object | null;
  occurredAt: Date;
}

/** $1 collectivité, $2 entity, $3 entity id, $4 project, $5 cursor (id), $6 page size + 1. */
const FILTERS = `($2::text IS NULL OR e.entity = $2) AND ($3::text IS NULL OR e.entity_id = $3) AND ($4::uuid IS NULL OR e.project_id = $4)`;
const LIST_PAGE = sqlStatement(`
  WITH own AS NOT MATERIALIZED (SELECT e.* FROM audit_events e WHERE e.tenant_id = $1 AND ${FILTERS}),
       shared AS NOT MATERIALIZED (SELECT e.* FROM audit_events e WHERE e.counterpart_tenant_id = $1 AND e.tenant_id <> $1 AND ${FILTERS}),
       page AS (
         SELECT * FROM (
           (SELECT * FROM own WHERE $5::uuid IS NULL OR id < $5 ORDER BY id DESC LIMIT $6)
           UNION ALL
           (SELECT * FROM shared WHERE $5::uuid IS NULL OR id < $5 ORDER BY id DESC LIMIT $6)
         ) merged ORDER BY id DESC LIMIT $6
       )
  SELECT total.n AS total, rows.* FROM (SELECT (SELECT count(*) FROM own) + (SELECT count(*) FROM shared) AS n) total
    LEFT JOIN LATERAL (
      SELECT p.id, p.entity, p.entity_id AS "entityId", p.action, p.actor_id AS "actorId", u.name AS "actorName",
             p.before, p.after, p.occurred_at AS "occurredAt"
        FROM page p LEFT JOIN users u ON u.id = p.actor_id
       ORDER BY p.id DESC
    ) rows ON true`);

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  /** Every event about a project and what hangs on it (documents, deliberations, participations…). */
  projectId?: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly database: Database) {}

  async insert(event: NewAuditEvent): Promise<void> {
    await this.database.tx().auditEvent.create({
      data: {
        ...event,
        before: (event.before ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (event.after ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
  }

  /**
   * Newest first (uuid v7 ids grow with time), with the total and the actors' names, in one statement of the
   * read path. The collectivité's own journal and the events others share with it are two index walks merged,
   * so a page costs the same however long the journal and however many collectivités there are.
   */
  async listPage(tenantId: string, filter: AuditFilter, page: PageRequest): Promise<{ rows: AuditEventRow[]; total: number }> {
    const rows = await this.database.read<AuditEventRow & { total: number }>(LIST_PAGE, [
      tenantId,
      filter.entity ?? null,
      filter.entityId ?? null,
      filter.projectId ?? null,
      page.after,
      page.first + 1,
    ]);
    return { total: rows[0]?.total ?? 0, rows: rows.filter((row) => row.id !== null) };
  }
}
