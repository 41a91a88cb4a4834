import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestedFields } from '../graphql/requested-fields';
import { PROJECT_LISTS, type ProjectListName } from './project-read.repository';
import { collectivityCoverage, type SpendingCoverage } from '@passerelles/domain/deliberation-rules';
import { maxZero, subtractAmounts, sumAmounts } from '@passerelles/domain/money';
import { participationPermissions } from '@passerelles/domain/participation-rules';
import { EDITOR_ROLES, canEdit as canEditRole } from '@passerelles/domain/member-role';
import { isProjectDeletable } from '@passerelles/domain/project-deletion';
import { allowedTransitions } from '@passerelles/domain/project-lifecycle';
import { countryName } from '@passerelles/reference-data/countries';
import { organisationRoleLabel } from '@passerelles/reference-data/organisation-roles';
import { sdgGoalName, sdgTargetName } from '@passerelles/reference-data/sdgs';
import { sectorName } from '@passerelles/reference-data/sectors';
import { THEMATIC_DOMAINS } from '@passerelles/reference-data/thematic-domains';
import {
  ENGAGEMENT_MODES,
  changeProjectStatusSchema,
  projectSchema,
  type ChangeProjectStatusValues,
  type ProjectValues,
} from '@passerelles/shared/schemas/project.schemas';
import { searchTextFilter } from '@passerelles/shared/schemas/common-fields';
import { PROJECT_STATUSES } from '@passerelles/domain/project-lifecycle';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MAX_PAGE_SIZE, cursorText } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { ChangeProjectStatusInput } from './dto/participation.input';
import { ProjectInput } from './dto/project.input';
import { ProjectsArgs } from './dto/projects.args';
import { CoverageState, ParticipationRole, ProjectScope, ProjectSortField, ProjectStatus, SortDirection } from './models/project-enums';
import {
  DeliberationCoverage,
  Project,
  ProjectConnection,
  ProjectCountry,
  ProjectOrganisation,
  ProjectParticipant,
  ProjectPlace,
  ProjectSdg,
  ProjectSector,
  ProjectStatusChange,
  ProjectTeamMember,
} from './models/project.model';
import { UnauthenticatedError } from '../errors/common.errors';
import type { AuthState } from '../graphql/graphql-context';
import { ProjectLoadersFactory } from './project-loaders';
import { ProjectService } from './project.service';

const projectsArgsSchema = z.object({
  first: z.number().int().min(1).max(MAX_PAGE_SIZE),
  after: cursorText,
  filter: z
    .object({
      text: searchTextFilter,
      statuses: z.array(z.enum(PROJECT_STATUSES)).max(9).nullish(),
      countryCodes: z.array(z.string().trim().toUpperCase().length(2)).max(50).nullish(),
      thematicDomains: z.array(z.enum(THEMATIC_DOMAINS)).max(22).nullish(),
      engagementModes: z.array(z.enum(ENGAGEMENT_MODES)).max(4).nullish(),
      year: z.number().int().min(2000).max(2100).nullish(),
      scope: z.enum(ProjectScope).nullish(),
    })
    .nullish(),
  sort: z.object({ field: z.enum(ProjectSortField), direction: z.enum(SortDirection) }).nullish(),
});


@Resolver(() => Project)
@AnyMember()
export class ProjectResolver {
  constructor(
    private readonly service: ProjectService,
    private readonly loaders: ProjectLoadersFactory,
  ) {}

  @Query(() => ProjectConnection, { description: 'Projets de la collectivité et projets partagés avec elle.' })
  projects(@Args({ type: () => ProjectsArgs }, validateWith(projectsArgsSchema)) args: z.infer<typeof projectsArgsSchema>, @Info() info: GraphQLResolveInfo): Promise<ProjectConnection> {
    const filter = args.filter ?? {};
    return this.service.list(
      {
        text: filter.text || undefined,
        statuses: filter.statuses ?? undefined,
        countryCodes: filter.countryCodes ?? undefined,
        thematicDomains: filter.thematicDomains ?? undefined,
        engagementModes: filter.engagementModes ?? undefined,
        year: filter.year ?? undefined,
        scope: filter.scope ?? undefined,
      },
      args.sort ?? null,
      args.first,
      args.after ?? null,
      listsAsked(requestedFields(info, ['edges', 'node'])),
    );
  }

  @Query(() => Project)
  project(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string, @Info() info: GraphQLResolveInfo): Promise<Project> {
    return this.service.get(id, listsAsked(requestedFields(info)));
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Project)
  createProject(@Args('input', { type: () => ProjectInput }, validateWith(projectSchema)) input: ProjectValues): Promise<Project> {
    return this.service.create(input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Project, { description: 'Remplace toutes les données du projet (collectivité chef de file seulement).' })
  updateProject(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => ProjectInput }, validateWith(projectSchema)) input: ProjectValues,
  ): Promise<Project> {
    return this.service.update(id, input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Project, { description: "Fait passer le projet à une autre étape de son cycle de vie." })
  changeProjectStatus(@Args('input', { type: () => ChangeProjectStatusInput }, validateWith(changeProjectStatusSchema)) input: ChangeProjectStatusValues): Promise<Project> {
    return this.service.changeStatus(input);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => ID, {
    description:
      "Supprime un projet à l'étape « Identification » auquel rien n'est rattaché (délibération, document, autre collectivité, historique d'étapes) ; les autres projets s'annulent (étape CANCELLED).",
  })
  deleteProject(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Boolean, { description: 'Vrai si la collectivité courante est chef de file du projet.' })
  isLead(@Parent() project: Project, @Context() ctx: GraphQLContext): boolean {
    return project.tenantId === authOf(ctx).tenantId;
  }

  @ResolveField(() => Boolean, { description: 'Vrai si la personne connectée peut modifier le projet.' })
  canEdit(@Parent() project: Project, @Context() ctx: GraphQLContext): boolean {
    const { tenantId, role } = authOf(ctx);
    return project.tenantId === tenantId && canEditRole(role);
  }

  @ResolveField(() => [ProjectStatus], { description: 'Étapes vers lesquelles la personne connectée peut faire passer le projet.' })
  allowedTransitions(@Parent() project: Project, @Context() ctx: GraphQLContext): ProjectStatus[] {
    return this.canEdit(project, ctx) ? [...allowedTransitions(project.status)] : [];
  }

  @ResolveField(() => Boolean, { description: 'Vrai si la personne connectée peut supprimer le projet (à l’étape « Identification », rien de rattaché).' })
  async canDelete(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!this.canEdit(project, ctx) || project.status !== 'IDENTIFICATION') return false;
    return isProjectDeletable(project.status, await this.loaders.for(ctx).list(project, 'attachments'));
  }

  @ResolveField(() => String, { nullable: true, description: 'Nom de la coopération de rattachement.' })
  async cooperationName(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!project.cooperationId || project.tenantId !== authOf(ctx).tenantId) return null;
    return this.loaders.for(ctx).list(project, 'cooperationName');
  }

  @ResolveField(() => [ProjectSector])
  async sectors(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectSector[]> {
    const rows = await this.loaders.for(ctx).list(project, 'sectors');
    return rows.map(([sectorCode, percentage]) => ({ sectorCode, sectorName: sectorName(sectorCode) ?? sectorCode, percentage }));
  }

  @ResolveField(() => [ProjectSdg])
  async sdgs(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectSdg[]> {
    const rows = await this.loaders.for(ctx).list(project, 'sdgs');
    return rows.map(([goal, target]) => ({
      goal,
      goalName: sdgGoalName(goal) ?? String(goal),
      target,
      targetName: target ? (sdgTargetName(target) ?? target) : null,
    }));
  }

  @ResolveField(() => [ProjectCountry])
  async countries(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectCountry[]> {
    const codes = await this.loaders.for(ctx).list(project, 'countries');
    return codes.map((code) => ({ code, name: countryName(code) ?? code }));
  }

  @ResolveField(() => [ProjectPlace])
  async places(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectPlace[]> {
    const rows = await this.loaders.for(ctx).list(project, 'places');
    return rows.map(([id, name, countryCode, latitude, longitude]) => ({
      id,
      name,
      countryCode,
      latitude: latitude === null ? null : Number(latitude),
      longitude: longitude === null ? null : Number(longitude),
    }));
  }

  @ResolveField(() => [ProjectOrganisation])
  async organisations(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectOrganisation[]> {
    const rows = await this.loaders.for(ctx).list(project, 'organisations');
    return rows.map(([organisationId, iatiRole, name, countryCode, iatiTypeCode]) => ({
      organisationId: project.tenantId === authOf(ctx).tenantId ? organisationId : null,
      name,
      iatiRole,
      iatiRoleName: organisationRoleLabel(iatiRole) ?? String(iatiRole),
      countryCode,
      iatiTypeCode,
    }));
  }

  @ResolveField(() => [ProjectTeamMember])
  async team(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectTeamMember[]> {
    const { tenantId } = authOf(ctx);
    const rows = await this.loaders.for(ctx).list(project, 'team');
    return rows.map(([userId, memberTenantId, role, displayName]) => ({ userId, displayName, role, ownCollectivity: memberTenantId === tenantId }));
  }

  @ResolveField(() => [ProjectParticipant], { description: 'Collectivités participantes (chef de file compris).' })
  async participants(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectParticipant[]> {
    const actor = authOf(ctx);
    const rows = await this.loaders.for(ctx).list(project, 'participants');
    return rows.map((row) => {
      const contributions = row.contributions.map(([year, amount]) => ({ year, amount }));
      return {
        id: row.id,
        collectivityName: row.participantName,
        role: row.role,
        status: row.status,
        contribution: contributions.length > 0 ? sumAmounts(contributions.map((entry) => entry.amount)) : null,
        contributions,
        isCurrentCollectivity: row.tenantId === actor.tenantId,
        ...pick(participationPermissions(row, actor), ['canRevoke', 'canLeave', 'canSetContribution']),
      };
    });
  }

  @ResolveField(() => ParticipationRole, { description: 'Rôle de la collectivité courante dans le projet.' })
  async myParticipationRole(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ParticipationRole> {
    if (project.tenantId === authOf(ctx).tenantId) return ParticipationRole.LEAD;
    const mine = (await this.participants(project, ctx)).find((participant) => participant.isCurrentCollectivity && participant.status === 'ACTIVE');
    return mine?.role ?? ParticipationRole.OBSERVER;
  }

  @ResolveField(() => String, { description: 'Nom de la collectivité chef de file.' })
  async leadName(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<string> {
    const lead = (await this.participants(project, ctx)).find((participant) => participant.role === 'LEAD');
    return lead?.collectivityName ?? '';
  }

  @ResolveField(() => [ProjectStatusChange])
  async statusHistory(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectStatusChange[]> {
    const rows = await this.loaders.for(ctx).list(project, 'statusHistory');
    return rows.map(([fromStatus, toStatus, overrideReason, changedAt]) => ({ fromStatus, toStatus, overrideReason, changedAt: new Date(changedAt) }));
  }

  @ResolveField(() => DeliberationCoverage, {
    nullable: true,
    description:
      'Couverture de la part propre de la collectivité courante par ses délibérations exécutoires, année par année (chef de file ou partenaire ; rien pour une observatrice).',
  })
  async deliberationCoverage(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<DeliberationCoverage | null> {
    const { tenantId } = authOf(ctx);
    const participants = await this.loaders.for(ctx).list(project, 'participants');
    const mine = participants.find((row) => row.tenantId === tenantId && row.status === 'ACTIVE');
    if (!mine || mine.role === 'OBSERVER') return null;
    const links = await this.loaders.for(ctx).list(project, 'executoryLinks');
    // Until a project has a funding plan, the lead's own share is what partners do not bring.
    const partnersShare = sumAmounts(participants.filter((row) => row.role === 'PARTNER' && row.status === 'ACTIVE').flatMap((row) => row.contributions.map(([, amount]) => amount)));
    const ownShareTotal = mine.role === 'LEAD' && project.plannedBudget !== null ? maxZero(subtractAmounts(project.plannedBudget, partnersShare)) : null;
    const coverage = collectivityCoverage({
      ownShareByYear: mine.contributions.map(([year, amount]) => ({ year, amount })),
      ownShareTotal,
      executory: links.map(([amount, budgetYear]) => ({ budgetYear, amount })),
    });
    return {
      ...coverageFields(coverage.overall),
      years: coverage.years.map((entry) => ({ year: entry.year, ...coverageFields(entry.coverage) })),
    };
  }
}

/** Which lists of a project the query reads, so that its statement brings them along. */
const LISTS_OF_FIELD: Partial<Record<string, readonly ProjectListName[]>> = {
  countries: ['countries'],
  sectors: ['sectors'],
  sdgs: ['sdgs'],
  places: ['places'],
  organisations: ['organisations'],
  team: ['team'],
  participants: ['participants'],
  leadName: ['participants'],
  myParticipationRole: ['participants'],
  statusHistory: ['statusHistory'],
  deliberationCoverage: ['participants', 'executoryLinks'],
  cooperationName: ['cooperationName'],
  canDelete: ['attachments'],
};

function listsAsked(fields: Set<string>): ProjectListName[] {
  return PROJECT_LISTS.filter((name) => [...fields].some((field) => LISTS_OF_FIELD[field]?.includes(name)));
}

function coverageFields(coverage: SpendingCoverage) {
  return {
    state: CoverageState[coverage.state],
    planned: 'planned' in coverage ? coverage.planned : null,
    covered: coverage.covered,
    missing: 'missing' in coverage ? coverage.missing : null,
  };
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** Field resolvers read the session from the GraphQL context: their parent query was already guarded. */
function authOf(ctx: GraphQLContext): AuthState {
  if (!ctx.auth) throw new UnauthenticatedError();
  return ctx.auth;
}
