// Bench data: many collectivités with many projects, written straight in SQL as the owner (fast, and it
// exercises the same tables and indexes the API reads). Deterministic for a given seed.
import { randomUUID } from 'node:crypto';
// Built by the bench command (tsc -b) before this module is loaded.
import { completeSiren } from '@passerelles/domain/siren';

const COUNTRIES = ['BF', 'SN', 'ML', 'MG', 'VN', 'PL', 'HT', 'TG', 'BJ', 'MA', 'TN', 'CM'];
const STATUSES = ['IDENTIFICATION', 'DIAGNOSTIC', 'PROGRAMMED', 'IN_PROGRESS', 'CLOSING', 'CLOSED', 'EVALUATED'];
const DOMAINS = ['WATER_SANITATION', 'CULTURE', 'HEALTH', 'EDUCATION', 'TERRITORIAL_GOVERNANCE', 'CLIMATE'];
const SECTORS = ['14030', '16061', '12220', '11220', '15112', '41010'];

/** Inserts `tenants` collectivités with `projectsPerTenant` projects each; returns the first tenant's id. */
export async function generateBenchData(client, { tenants, projectsPerTenant, firstNumber = 0 }) {
  const tenantIds = [];
  for (let t = firstNumber; t < firstNumber + tenants; t++) {
    const tenantId = randomUUID();
    tenantIds.push(tenantId);
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await client.query(
      `INSERT INTO tenants (id, name, kind, siren, region_code, slug, updated_at) VALUES ($1, $2, 'COMMUNE', $3, '53', $4, now())`,
      [tenantId, `Commune de banc ${t}`, completeSiren(String(70000000 + t)), `banc-${t}-${tenantId.slice(0, 8)}`],
    );
    const projects = [];
    for (let p = 0; p < projectsPerTenant; p++) {
      const id = randomUUID();
      projects.push(id);
      const status = STATUSES[p % STATUSES.length];
      await client.query(
        `INSERT INTO projects (id, tenant_id, code, title, summary, engagement_mode, action_kind, thematic_domains, status, planned_start, planned_end, planned_budget, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'DIRECT', 'DECENTRALISED_COOPERATION', $6, $7::project_status, DATE '2024-01-01' + ($8 % 700), DATE '2026-01-01' + ($8 % 700), $9, now() - make_interval(mins => $8))`,
        [id, tenantId, `P-${t}-${p}`, `Projet ${p} de la commune ${t}`, 'Projet généré pour les mesures de performance.', [DOMAINS[p % DOMAINS.length]], status, p, String(10000 + p * 37)],
      );
      await client.query(
        `INSERT INTO project_participations (id, tenant_id, lead_tenant_id, project_id, role, status, participant_name, lead_name, project_code, project_title, updated_at)
         VALUES ($1, $2, $2, $3, 'LEAD', 'ACTIVE', $4, $4, $5, $6, now())`,
        [randomUUID(), tenantId, id, `Commune de banc ${t}`, `P-${t}-${p}`, `Projet ${p}`],
      );
      await client.query('INSERT INTO project_sectors (tenant_id, project_id, sector_code, percentage) VALUES ($1, $2, $3, 100)', [tenantId, id, SECTORS[p % SECTORS.length]]);
      await client.query('INSERT INTO project_countries (tenant_id, project_id, country_code) VALUES ($1, $2, $3), ($1, $2, $4) ON CONFLICT DO NOTHING', [
        tenantId,
        id,
        COUNTRIES[p % COUNTRIES.length],
        COUNTRIES[(p + 5) % COUNTRIES.length],
      ]);
    }
    await client.query('COMMIT');
  }
  await client.query('ANALYZE');
  return tenantIds;
}
