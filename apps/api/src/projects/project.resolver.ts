import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { spendingCoverage } from '@passerelles/domain/deliberation-rules';
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
import { PROJECT_STATUSES } from '@passerelles/domain/project-lifecycle';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { toAmount } from '../database/column-values';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MAX_PAGE_SIZE } from '../pagination/page-request';
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
  after: z.string().max(400).nullish(),
  filter: z
    .object({
      text: z.string().trim().max(100).nullish(),
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

const EDITORS = ['ADMIN', 'TECHNICIAN'] as const;

@Resolver(() => Project)
@AnyMember()
export class ProjectResolver {
  constructor(
    private readonly service: ProjectService,
    private readonly loaders: ProjectLoadersFactory,
  ) {}

  @Query(() => ProjectConnection, { description: 'Projets de la collectivité et projets partagés avec elle.' })
  projects(@Args({ type: () => ProjectsArgs }, validateWith(projectsArgsSchema)) args: z.infer<typeof projectsArgsSchema>): Promise<ProjectConnection> {
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
    );
  }

  @Query(() => Project)
  project(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<Project> {
    return this.service.get(id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Project)
  createProject(@Args('input', { type: () => ProjectInput }, validateWith(projectSchema)) input: ProjectValues): Promise<Project> {
    return this.service.create(input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Project, { description: 'Remplace toutes les données du projet (collectivité chef de file seulement).' })
  updateProject(
    @Args('id', { type: () => ID }, validateWith(z.uuid())) id: string,
    @Args('input', { type: () => ProjectInput }, validateWith(projectSchema)) input: ProjectValues,
  ): Promise<Project> {
    return this.service.update(id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Project, { description: "Fait passer le projet à une autre étape de son cycle de vie." })
  changeProjectStatus(@Args('input', { type: () => ChangeProjectStatusInput }, validateWith(changeProjectStatusSchema)) input: ChangeProjectStatusValues): Promise<Project> {
    return this.service.changeStatus(input);
  }

  @Roles(...EDITORS)
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
    return project.tenantId === tenantId && (role === 'ADMIN' || role === 'TECHNICIAN');
  }

  @ResolveField(() => [ProjectStatus], { description: 'Étapes vers lesquelles la personne connectée peut faire passer le projet.' })
  allowedTransitions(@Parent() project: Project, @Context() ctx: GraphQLContext): ProjectStatus[] {
    return this.canEdit(project, ctx) ? [...allowedTransitions(project.status)] : [];
  }

  @ResolveField(() => Boolean, { description: 'Vrai si la personne connectée peut supprimer le projet (à l’étape « Identification », rien de rattaché).' })
  async canDelete(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!this.canEdit(project, ctx) || project.status !== 'IDENTIFICATION') return false;
    return isProjectDeletable(project.status, await this.loaders.for(ctx).attachments.load(project.id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Nom de la coopération de rattachement.' })
  async cooperationName(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!project.cooperationId || project.tenantId !== authOf(ctx).tenantId) return null;
    return this.loaders.for(ctx).cooperationNames.load(project.cooperationId);
  }

  @ResolveField(() => [ProjectSector])
  async sectors(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectSector[]> {
    const rows = await this.loaders.for(ctx).sectors.load(project.id);
    return rows.map((row) => ({ sectorCode: row.sectorCode, sectorName: sectorName(row.sectorCode) ?? row.sectorCode, percentage: row.percentage.toFixed(2) }));
  }

  @ResolveField(() => [ProjectSdg])
  async sdgs(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectSdg[]> {
    const rows = await this.loaders.for(ctx).sdgs.load(project.id);
    return rows.map((row) => ({
      goal: row.goal,
      goalName: sdgGoalName(row.goal) ?? String(row.goal),
      target: row.target,
      targetName: row.target ? (sdgTargetName(row.target) ?? row.target) : null,
    }));
  }

  @ResolveField(() => [ProjectCountry])
  async countries(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectCountry[]> {
    const rows = await this.loaders.for(ctx).countries.load(project.id);
    return rows.map((row) => ({ code: row.countryCode, name: countryName(row.countryCode) ?? row.countryCode }));
  }

  @ResolveField(() => [ProjectPlace])
  async places(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectPlace[]> {
    const rows = await this.loaders.for(ctx).places.load(project.id);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      countryCode: row.countryCode,
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
    }));
  }

  @ResolveField(() => [ProjectOrganisation])
  async organisations(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectOrganisation[]> {
    const rows = await this.loaders.for(ctx).organisations.load(project.id);
    return rows.map((row) => ({
      organisationId: project.tenantId === authOf(ctx).tenantId ? row.organisationId : null,
      name: row.name,
      iatiRole: row.iatiRole,
      iatiRoleName: organisationRoleLabel(row.iatiRole) ?? String(row.iatiRole),
      countryCode: row.countryCode,
      iatiTypeCode: row.iatiTypeCode,
    }));
  }

  @ResolveField(() => [ProjectTeamMember])
  async team(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectTeamMember[]> {
    const { tenantId } = authOf(ctx);
    const rows = await this.loaders.for(ctx).team.load(project.id);
    return rows.map((row) => ({ userId: row.userId, displayName: row.displayName, role: row.role, ownCollectivity: row.tenantId === tenantId }));
  }

  @ResolveField(() => [ProjectParticipant], { description: 'Collectivités participantes (chef de file compris).' })
  async participants(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectParticipant[]> {
    const { tenantId } = authOf(ctx);
    const rows = await this.loaders.for(ctx).participants.load(project.id);
    return rows.map((row) => ({
      id: row.id,
      collectivityName: row.participantName,
      role: row.role,
      status: row.status,
      contribution: toAmount(row.contribution),
      isCurrentCollectivity: row.tenantId === tenantId,
    }));
  }

  @ResolveField(() => ParticipationRole, { description: 'Rôle de la collectivité courante dans le projet.' })
  async myParticipationRole(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ParticipationRole> {
    if (project.tenantId === authOf(ctx).tenantId) return ParticipationRole.LEAD;
    const mine = (await this.participants(project, ctx)).find((participant) => participant.isCurrentCollectivity);
    return mine?.role ?? ParticipationRole.OBSERVER;
  }

  @ResolveField(() => String, { description: 'Nom de la collectivité chef de file.' })
  async leadName(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<string> {
    const lead = (await this.participants(project, ctx)).find((participant) => participant.role === 'LEAD');
    return lead?.collectivityName ?? '';
  }

  @ResolveField(() => [ProjectStatusChange])
  async statusHistory(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<ProjectStatusChange[]> {
    return this.loaders.for(ctx).statusChanges.load(project.id);
  }

  @ResolveField(() => DeliberationCoverage, { nullable: true, description: 'Couverture par des délibérations exécutoires (chef de file seulement).' })
  async deliberationCoverage(@Parent() project: Project, @Context() ctx: GraphQLContext): Promise<DeliberationCoverage | null> {
    if (project.tenantId !== authOf(ctx).tenantId) return null;
    const rows = await this.loaders.for(ctx).executoryDeliberations.load(project.id);
    const coverage = spendingCoverage(project.plannedBudget, rows.map((row) => toAmount(row.amount) ?? '0'));
    return {
      state: CoverageState[coverage.state],
      planned: 'planned' in coverage ? coverage.planned : null,
      covered: coverage.covered,
      missing: 'missing' in coverage ? coverage.missing : null,
    };
  }
}

/** Field resolvers read the session from the GraphQL context: their parent query was already guarded. */
function authOf(ctx: GraphQLContext): AuthState {
  if (!ctx.auth) throw new UnauthenticatedError();
  return ctx.auth;
}
