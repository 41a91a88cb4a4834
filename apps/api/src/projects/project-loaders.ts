import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database, type RlsSettings } from '@passerelles/db/database';
import { SharedReadTransaction } from '@passerelles/db/shared-read-transaction';
import { UnauthenticatedError } from '../errors/common.errors';
import type { AuthState, GraphQLContext } from '../graphql/graphql-context';
import { ProjectRepository } from './project.repository';

type Rows<K extends keyof ProjectRepository> = ProjectRepository[K] extends (...args: never[]) => Promise<infer R> ? R : never;
type Row<K extends keyof ProjectRepository> = Rows<K> extends (infer E)[] ? E : never;

/**
 * Per-request loaders of a project's lists: a page of projects costs one query per list, whatever its size.
 * Bound to the request's session (field resolvers run outside the tenant context's AsyncLocalStorage, which
 * is entered for top-level resolvers only: per-field interceptors cost more than the queries themselves).
 */
export class ProjectLoaders {
  readonly sectors = this.grouped('sectorsOf');
  readonly sdgs = this.grouped('sdgsOf');
  readonly countries = this.grouped('countriesOf');
  readonly places = this.grouped('placesOf');
  readonly organisations = this.grouped('organisationsOf');
  readonly team = this.grouped('teamOf');
  readonly statusChanges = this.grouped('statusChangesOf');
  readonly executoryDeliberations = this.grouped('executoryDeliberationsOf');
  readonly participants = this.loader(
    async (projectIds) => {
      const rows = await this.inTransaction({ participantsOfProjects: projectIds.join(',') }, () => this.projects.participantsOf(projectIds));
      return projectIds.map((id) => rows.filter((row) => row.projectId === id));
    },
  );
  readonly attachments = this.loader(async (projectIds) => {
    const rows = await this.inTransaction({}, () => this.projects.attachmentCountsOf(projectIds));
    return projectIds.map((id) => rows.find((row) => row.projectId === id)!);
  });
  readonly cooperationNames = this.loader(async (cooperationIds) => {
    const rows = await this.inTransaction({}, () => this.projects.cooperationNamesOf(cooperationIds));
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return cooperationIds.map((id) => names.get(id) ?? null);
  });

  constructor(
    private readonly database: Database,
    private readonly projects: ProjectRepository,
    private readonly auth: AuthState,
  ) {}

  private readonly reads = new SharedReadTransaction(this.database, this.settings());

  private settings(extra: RlsSettings = {}): RlsSettings {
    return { tenantId: this.auth.tenantId, userId: this.auth.userId, role: this.auth.role, ...extra };
  }

  /** Plain reads share one transaction per event-loop turn; reads needing extra settings get their own. */
  private inTransaction<T>(extra: RlsSettings, work: () => Promise<T>): Promise<T> {
    return Object.keys(extra).length === 0 ? this.reads.run(work) : this.database.transaction(this.settings(extra), work);
  }

  private grouped<K extends 'sectorsOf' | 'sdgsOf' | 'countriesOf' | 'placesOf' | 'organisationsOf' | 'teamOf' | 'statusChangesOf' | 'executoryDeliberationsOf'>(method: K) {
    return this.loader(async (projectIds) => {
      const rows = (await this.inTransaction({}, () => (this.projects[method] as (ids: readonly string[]) => Promise<Row<K>[]>)(projectIds))) as (Row<K> & { projectId: string | null })[];
      return projectIds.map((id) => rows.filter((row) => row.projectId === id));
    });
  }

  /** Cache keys are "tenant:id": a loader can never serve one collectivité's rows to another's request. */
  private loader<V>(batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return new DataLoader<string, V>((ids) => batch(ids), { cacheKeyFn: (id) => `${this.auth.tenantId}:${id}`, maxBatchSize: 500 });
  }
}

/** Creates the loaders once per GraphQL request, on its context. */
@Injectable()
export class ProjectLoadersFactory {
  constructor(
    private readonly database: Database,
    private readonly projects: ProjectRepository,
  ) {}

  for(ctx: GraphQLContext): ProjectLoaders {
    if (!ctx.auth) throw new UnauthenticatedError();
    const holder = ctx as GraphQLContext & { projectLoaders?: ProjectLoaders };
    holder.projectLoaders ??= new ProjectLoaders(this.database, this.projects, ctx.auth);
    return holder.projectLoaders;
  }
}
