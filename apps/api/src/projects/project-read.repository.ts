import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { sqlStatement, type SqlStatement } from '@passerelles/db/sql-statement';
import type { ProjectStatus, TeamRole, ParticipationRole, ParticipationStatus, EngagementMode, ActionKind } from '@passerelles/db/generated/prisma/enums';
import type { SortCursor } from '../pagination/sort-cursor';
import { ProjectScope, ProjectSortField, SortDirection } from './models/project-enums';

/**
 * The fast read path of projects: the list page and the project page in one SQL statement each, nested lists
 * aggregated as JSON in the same statement, sent as named statements (planned once per connection). Every
 * subquery filters on the keys its index starts with (tenant_id and project_id), so a collectivité's page costs
 * the same whatever the number of collectivités. Row-level security still decides what is visible.
 */

/** The lists of a project a read may bring along, each aggregated as JSON in the project's row. */
export const PROJECT_LISTS = ['countries', 'sectors', 'sdgs', 'places', 'organisations', 'team', 'participants', 'statusHistory', 'executoryLinks', 'cooperationName', 'attachments'] as const;
export type ProjectListName = (typeof PROJECT_LISTS)[number];

export interface ProjectLists {
  countries: string[];
  sectors: [code: string, percentage: string][];
  sdgs: [goal: number, target: string | null][];
  places: [id: string, name: string, countryCode: string, latitude: string | null, longitude: string | null][];
  organisations: [organisationId: string | null, iatiRole: number, name: string, countryCode: string, iatiTypeCode: string][];
  team: [userId: string, tenantId: string, role: TeamRole, displayName: string][];
  participants: ParticipantRow[];
  statusHistory: [from: ProjectStatus, to: ProjectStatus, overrideReason: string | null, changedAt: string][];
  /** The current collectivité's own executory deliberations on the project: amount and budget year. */
  executoryLinks: [amount: string, budgetYear: number | null][];
  cooperationName: string | null;
  /** What holds a project back from deletion (see libs/domain/src/project-deletion.ts), counted as its reader sees it. */
  attachments: { deliberations: number; documents: number; participations: number; statusChanges: number };
}

export interface ParticipantRow {
  id: string;
  tenantId: string;
  leadTenantId: string;
  role: ParticipationRole;
  status: ParticipationStatus;
  participantName: string;
  contributions: [year: number, amount: string][];
}

export interface ProjectRow {
  id: string;
  tenantId: string;
  code: string;
  title: string;
  summary: string | null;
  engagementMode: EngagementMode;
  actionKind: ActionKind;
  thematicDomains: string[];
  status: ProjectStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  plannedBudget: string | null;
  cooperationId: string | null;
  published: boolean;
  updatedAt: Date;
  lists: Partial<ProjectLists>;
}

export interface ProjectPageFilter {
  text?: string;
  statuses?: ProjectStatus[];
  countryCodes?: string[];
  thematicDomains?: string[];
  engagementModes?: EngagementMode[];
  year?: number;
  scope: ProjectScope;
}

export interface Reader {
  tenantId: string;
  userId: string | null;
  /** Evaluators reach their assignments only: the access rows that name them. */
  evaluator: boolean;
}

const NIL_USER = '00000000-0000-0000-0000-000000000000';

const PROJECT_COLUMNS = `p.id, p.tenant_id, p.code, p.title, p.summary, p.engagement_mode, p.action_kind, p.thematic_domains, p.status,
  p.planned_start::text AS planned_start, p.planned_end::text AS planned_end, p.actual_start::text AS actual_start,
  p.actual_end::text AS actual_end, p.planned_budget::text AS planned_budget, p.cooperation_id, p.published, p.updated_at`;

/** $1 is always the current collectivité (some lists are its own view: executory links, coopération name). */
const LIST_SQL: Record<ProjectListName, string> = {
  countries: `(SELECT coalesce(json_agg(c.country_code ORDER BY c.country_code), '[]') FROM project_countries c
                WHERE c.tenant_id = p.tenant_id AND c.project_id = p.id)`,
  sectors: `(SELECT coalesce(json_agg(json_build_array(s.sector_code, s.percentage::text) ORDER BY s.percentage DESC, s.sector_code), '[]')
               FROM project_sectors s WHERE s.tenant_id = p.tenant_id AND s.project_id = p.id)`,
  sdgs: `(SELECT coalesce(json_agg(json_build_array(g.goal, g.target) ORDER BY g.goal, g.target NULLS FIRST), '[]')
            FROM project_sdgs g WHERE g.tenant_id = p.tenant_id AND g.project_id = p.id)`,
  places: `(SELECT coalesce(json_agg(json_build_array(l.id, l.name, l.country_code, l.latitude::text, l.longitude::text) ORDER BY l.name), '[]')
              FROM project_places l WHERE l.tenant_id = p.tenant_id AND l.project_id = p.id)`,
  organisations: `(SELECT coalesce(json_agg(json_build_array(o.organisation_id, o.iati_role, o.name, o.country_code, o.iati_type_code) ORDER BY o.iati_role, o.name), '[]')
                     FROM project_organisations o WHERE o.tenant_id = p.tenant_id AND o.project_id = p.id)`,
  team: `(SELECT coalesce(json_agg(json_build_array(t.user_id, t.tenant_id, t.role, t.display_name) ORDER BY t.role, t.display_name), '[]')
            FROM project_team_members t WHERE t.project_id = p.id)`,
  participants: `(SELECT coalesce(json_agg(json_build_object(
                     'id', pp.id, 'tenantId', pp.tenant_id, 'leadTenantId', pp.lead_tenant_id, 'role', pp.role, 'status', pp.status,
                     'participantName', pp.participant_name,
                     'contributions', (SELECT coalesce(json_agg(json_build_array(pc.year, pc.amount::text) ORDER BY pc.year), '[]')
                                         FROM participation_contributions pc WHERE pc.tenant_id = pp.tenant_id AND pc.participation_id = pp.id))
                   ORDER BY pp.role, pp.participant_name, pp.invited_at DESC), '[]')
                    FROM project_participations pp WHERE pp.project_id = p.id)`,
  statusHistory: `(SELECT coalesce(json_agg(json_build_array(h.from_status, h.to_status, h.override_reason, h.changed_at) ORDER BY h.changed_at DESC), '[]')
                     FROM project_status_changes h WHERE h.tenant_id = p.tenant_id AND h.project_id = p.id)`,
  executoryLinks: `(SELECT coalesce(json_agg(json_build_array(dp.amount::text, d.budget_year)), '[]')
                      FROM deliberation_projects dp JOIN deliberations d ON d.tenant_id = dp.tenant_id AND d.id = dp.deliberation_id
                     WHERE dp.tenant_id = $1 AND dp.project_id = p.id AND d.status = 'EXECUTORY')`,
  cooperationName: `(SELECT c.name FROM cooperations c WHERE p.tenant_id = $1 AND c.tenant_id = p.tenant_id AND c.id = p.cooperation_id)`,
  attachments: `json_build_object(
      'deliberations', (SELECT count(*) FROM deliberation_projects dp WHERE dp.project_id = p.id),
      'documents', (SELECT count(*) FROM documents d WHERE d.tenant_id = p.tenant_id AND d.project_id = p.id),
      'participations', (SELECT count(*) FROM project_participations pp WHERE pp.project_id = p.id AND pp.role <> 'LEAD'),
      'statusChanges', (SELECT count(*) FROM project_status_changes h WHERE h.tenant_id = p.tenant_id AND h.project_id = p.id))`,
};

/** Some lists do not read $1: a statement still says its type (PostgreSQL refuses a parameter it cannot type). */
const TYPES_THE_COLLECTIVITY = '$1::uuid IS NOT NULL';

const SORT_COLUMN: Record<ProjectSortField, string> = { UPDATED_AT: 'updated_at', CODE: 'code', TITLE: 'title' };
const SORT_CAST: Record<ProjectSortField, string> = { UPDATED_AT: 'timestamptz', CODE: 'text', TITLE: 'text' };

@Injectable()
export class ProjectReadRepository {
  private readonly statements = new Map<string, SqlStatement>();

  constructor(private readonly database: Database) {}

  /**
   * A page of the projects the reader sees, with its total, in one statement. The scope filter names the rows
   * through the reader's access rows (project_access, led by tenant_id), so the planner starts from this
   * collectivité's rows only; row-level security then checks each of them.
   */
  async page(reader: Reader, filter: ProjectPageFilter, sort: { field: ProjectSortField; direction: SortDirection }, first: number, after: SortCursor | null, lists: readonly ProjectListName[]) {
    const statement = this.statement(`page:${sort.field}:${sort.direction}:${lists.join(',')}`, () => pageSql(sort.field, sort.direction, lists));
    const rows = await this.database.read<PageRecord>(statement, [
      reader.tenantId,
      reader.evaluator ? reader.userId : NIL_USER,
      filter.scope,
      filter.statuses?.length ? filter.statuses : null,
      filter.engagementModes?.length ? filter.engagementModes : null,
      filter.thematicDomains?.length ? filter.thematicDomains : null,
      filter.countryCodes?.length ? filter.countryCodes : null,
      filter.text ? `%${escapeLike(filter.text)}%` : null,
      filter.year ?? null,
      after?.value ?? null,
      after?.id ?? null,
      first + 1,
    ]);
    const total = rows[0]?.total ?? 0;
    return { total, rows: rows.filter((row) => row.id !== null).map((row) => toProjectRow(row, lists)) };
  }

  /** One project (if visible) with the lists asked for, in one statement. */
  async byId(tenantId: string, id: string, lists: readonly ProjectListName[]): Promise<ProjectRow | null> {
    const statement = this.statement(`one:${lists.join(',')}`, () => `SELECT ${PROJECT_COLUMNS}${listColumns(lists)} FROM projects p WHERE p.id = $2 AND ${TYPES_THE_COLLECTIVITY}`);
    const [row] = await this.database.read<PageRecord>(statement, [tenantId, id]);
    return row ? toProjectRow(row, lists) : null;
  }

  /** The lists of several projects (DataLoader batches), one statement; keys are ids of visible projects. */
  async listsOf(tenantId: string, ids: readonly string[], lists: readonly ProjectListName[]): Promise<Map<string, Partial<ProjectLists>>> {
    const statement = this.statement(`lists:${lists.join(',')}`, () => `SELECT p.id${listColumns(lists)} FROM projects p WHERE p.id = ANY($2::uuid[]) AND ${TYPES_THE_COLLECTIVITY}`);
    const rows = await this.database.read<PageRecord>(statement, [tenantId, [...ids]]);
    return new Map(rows.map((row) => [row.id as string, listsOf(row, lists)]));
  }

  private statement(key: string, build: () => string): SqlStatement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = sqlStatement(build());
      this.statements.set(key, statement);
    }
    return statement;
  }
}

interface PageRecord {
  total?: number;
  id: string | null;
  tenant_id: string;
  code: string;
  title: string;
  summary: string | null;
  engagement_mode: EngagementMode;
  action_kind: ActionKind;
  thematic_domains: string[] | null;
  status: ProjectStatus;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  planned_budget: string | null;
  cooperation_id: string | null;
  published: boolean;
  updated_at: Date;
  [list: string]: unknown;
}

function listColumns(lists: readonly ProjectListName[]): string {
  return lists.map((name) => `, ${LIST_SQL[name]} AS "list_${name}"`).join('');
}

/**
 * $1 collectivité, $2 access user (nil, or the evaluator), $3 scope, $4 statuses, $5 modes, $6 domains,
 * $7 countries, $8 text pattern, $9 year, $10–$11 cursor, $12 page size + 1.
 */
function pageSql(field: ProjectSortField, direction: SortDirection, lists: readonly ProjectListName[]): string {
  const column = SORT_COLUMN[field];
  const order = direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const beyond = direction === SortDirection.ASC ? '>' : '<';
  return `
    WITH visible AS (
      SELECT p.* FROM projects p
       WHERE p.id IN (SELECT a.project_id FROM project_access a WHERE a.tenant_id = $1 AND a.user_id = $2::uuid)
         AND ($3::text = '${ProjectScope.ALL}' OR ($3::text = '${ProjectScope.OWN}') = (p.tenant_id = $1))
         AND ($4::project_status[] IS NULL OR p.status = ANY ($4::project_status[]))
         AND ($5::engagement_mode[] IS NULL OR p.engagement_mode = ANY ($5::engagement_mode[]))
         AND ($6::text[] IS NULL OR p.thematic_domains && $6::text[])
         AND ($7::text[] IS NULL OR EXISTS (SELECT 1 FROM project_countries c
                                              WHERE c.tenant_id = p.tenant_id AND c.project_id = p.id AND c.country_code = ANY ($7::text[])))
         AND ($8::text IS NULL OR p.code ILIKE $8 OR p.title ILIKE $8 OR p.summary ILIKE $8)
         AND ($9::int IS NULL OR (coalesce(p.actual_start, p.planned_start) <= make_date($9::int, 12, 31)
                                  AND (coalesce(p.actual_end, p.planned_end) IS NULL OR coalesce(p.actual_end, p.planned_end) >= make_date($9::int, 1, 1))))
    ), page AS (
      SELECT * FROM visible p
       WHERE $10::text IS NULL OR (p.${column}, p.id) ${beyond} ($10::${SORT_CAST[field]}, $11::uuid)
       ORDER BY p.${column} ${order}, p.id ${order}
       LIMIT $12
    )
    SELECT total.n AS total, rows.* FROM (SELECT count(*)::int AS n FROM visible) total
      LEFT JOIN LATERAL (SELECT ${PROJECT_COLUMNS}${listColumns(lists)} FROM page p ORDER BY p.${column} ${order}, p.id ${order}) rows ON true`;
}

function toProjectRow(row: PageRecord, lists: readonly ProjectListName[]): ProjectRow {
  return {
    id: row.id as string,
    tenantId: row.tenant_id,
    code: row.code,
    title: row.title,
    summary: row.summary,
    engagementMode: row.engagement_mode,
    actionKind: row.action_kind,
    thematicDomains: row.thematic_domains ?? [],
    status: row.status,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    plannedBudget: row.planned_budget,
    cooperationId: row.cooperation_id,
    published: row.published,
    updatedAt: row.updated_at,
    lists: listsOf(row, lists),
  };
}

function listsOf(row: PageRecord, lists: readonly ProjectListName[]): Partial<ProjectLists> {
  return Object.fromEntries(lists.map((name) => [name, row[`list_${name}`]])) as Partial<ProjectLists>;
}

/** ILIKE treats %, _ and \ as special: searched text matches itself only. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
