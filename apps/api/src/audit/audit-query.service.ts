import { Injectable } from '@nestjs/common';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import { AuditRepository, type AuditFilter } from './audit.repository';
import type { AuditEventConnection } from './models/audit-event.model';

@Injectable()
export class AuditQueryService {
  constructor(private readonly audit: AuditRepository) {}

  /**
   * Administrators read the whole journal, plus the events another collectivité shares with theirs about a
   * project they both take part in. Evaluators see only the events about the projects they evaluate. Both rules
   * are row-level security (audit_events policies), not code here.
   */
  async list(filter: AuditFilter, page: PageRequest): Promise<AuditEventConnection> {
    const { tenantId } = currentTenantContext();
    const { rows, total } = await this.audit.listPage(tenantId, filter, page);
    return toConnection(rows, total, page, (row) => row);
  }
}
