import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database } from '@passerelles/db/database';
import { runWithTenantContext } from '@passerelles/db/tenant-context';
import { UnauthenticatedError } from '../errors/common.errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ProjectReadRepository, type ProjectListName, type ProjectLists } from './project-read.repository';

/**
 * Per-request loader of a project's lists, for projects that did not bring them along (a mutation's result, a
 * project reached from elsewhere): the lists asked during one tick, for every project asked, in one statement of
 * the request's read transaction. The pages and the project page bring their lists themselves (look-ahead).
 * Field resolvers run outside the tenant context's AsyncLocalStorage (entered for top-level resolvers only), so
 * the loader enters it, with the request's reads, for its batch.
 */
export class ProjectLoaders {
  private readonly lists: DataLoader<string, unknown>;

  constructor(
    private readonly database: Database,
    private readonly reads: ProjectReadRepository,
    private readonly ctx: GraphQLContext & { auth: NonNullable<GraphQLContext['auth']> },
  ) {
    this.lists = new DataLoader<string, unknown>((keys) => this.batch(keys), { maxBatchSize: 500 });
  }

  /** A project's list, from what the project brought along or from this request's batch. */
  async list<K extends ProjectListName>(project: { id: string; lists?: Partial<ProjectLists> }, name: K): Promise<ProjectLists[K]> {
    const brought = project.lists?.[name];
    if (brought !== undefined) return brought as ProjectLists[K];
    return (await this.lists.load(`${project.id}|${name}`)) as ProjectLists[K];
  }

  private async batch(keys: readonly string[]): Promise<unknown[]> {
    const pairs = keys.map((key) => key.split('|') as [string, ProjectListName]);
    const ids = [...new Set(pairs.map(([id]) => id))];
    const names = [...new Set(pairs.map(([, name]) => name))].sort();
    const { auth, reads, requestId } = this.ctx;
    const found = await runWithTenantContext({ tenantId: auth.tenantId, userId: auth.userId, role: auth.role, requestId }, () =>
      this.database.withRequestReads(reads, () => this.reads.listsOf(auth.tenantId, ids, names)),
    );
    // A project that is not (or no longer) visible has empty lists, never another collectivité's rows.
    return pairs.map(([id, name]) => found.get(id)?.[name] ?? EMPTY_LISTS[name]);
  }
}

/** What a list is for a project the reader does not (or no longer) see. */
const EMPTY_LISTS: Record<ProjectListName, unknown> = {
  countries: [],
  sectors: [],
  sdgs: [],
  places: [],
  organisations: [],
  team: [],
  participants: [],
  statusHistory: [],
  executoryLinks: [],
  cooperationName: null,
  attachments: { deliberations: 0, documents: 0, participations: 0, statusChanges: 0 },
};

/** Creates the loaders once per GraphQL request, on its context. */
@Injectable()
export class ProjectLoadersFactory {
  constructor(
    private readonly database: Database,
    private readonly reads: ProjectReadRepository,
  ) {}

  for(ctx: GraphQLContext): ProjectLoaders {
    if (!ctx.auth) throw new UnauthenticatedError();
    const holder = ctx as GraphQLContext & { projectLoaders?: ProjectLoaders };
    holder.projectLoaders ??= new ProjectLoaders(this.database, this.reads, ctx as GraphQLContext & { auth: NonNullable<GraphQLContext['auth']> });
    return holder.projectLoaders;
  }
}
