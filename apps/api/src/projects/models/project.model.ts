import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../pagination/connection';
import {
  ActionKind,
  CoverageState,
  EngagementMode,
  ParticipationRole,
  ParticipationStatus,
  ProjectStatus,
  TeamRole,
} from './project-enums';
import { YearAmount } from './participation-invitation.model';
import type { ProjectLists } from '../project-read.repository';

@ObjectType()
export class ProjectSector {
  @Field({ description: 'Code CAD à 5 chiffres.' })
  sectorCode: string;

  @Field()
  sectorName: string;

  @Field({ description: 'Pourcentage, texte décimal ("33.33").' })
  percentage: string;
}

@ObjectType()
export class ProjectSdg {
  @Field(() => Int)
  goal: number;

  @Field()
  goalName: string;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field(() => String, { nullable: true })
  targetName: string | null;
}

@ObjectType()
export class ProjectCountry {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType()
export class ProjectPlace {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  countryCode: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}

@ObjectType({ description: 'Organisation participante, avec son rôle IATI.' })
export class ProjectOrganisation {
  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  name: string;

  @Field(() => Int, { description: '1 financeur, 2 responsable, 3 délégataire, 4 opérateur de mise en œuvre.' })
  iatiRole: number;

  @Field()
  iatiRoleName: string;

  @Field()
  countryCode: string;

  @Field()
  iatiTypeCode: string;
}

@ObjectType()
export class ProjectTeamMember {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field(() => TeamRole)
  role: TeamRole;

  @Field({ description: 'Vrai si la personne appartient à la collectivité courante.' })
  ownCollectivity: boolean;
}

@ObjectType({ description: "Participation d'une collectivité au projet (projet mutualisé)." })
export class ProjectParticipant {
  @Field(() => ID)
  id: string;

  @Field()
  collectivityName: string;

  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => ParticipationStatus)
  status: ParticipationStatus;

  @Field(() => String, { nullable: true, description: 'Contribution financière totale, en euros.' })
  contribution: string | null;

  @Field(() => [YearAmount], { description: 'Contribution financière par année budgétaire.' })
  contributions: YearAmount[];

  @Field({ description: 'Vrai pour la participation de la collectivité courante.' })
  isCurrentCollectivity: boolean;

  @Field({ description: 'Vrai si la personne connectée peut retirer cette collectivité du projet.' })
  canRevoke: boolean;

  @Field({ description: 'Vrai si la personne connectée peut faire quitter le projet à sa collectivité.' })
  canLeave: boolean;

  @Field({ description: 'Vrai si la personne connectée peut saisir la contribution de cette collectivité.' })
  canSetContribution: boolean;
}

@ObjectType()
export class ProjectStatusChange {
  @Field(() => ProjectStatus)
  fromStatus: ProjectStatus;

  @Field(() => ProjectStatus)
  toStatus: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Motif de la dérogation, si la règle a été levée.' })
  overrideReason: string | null;

  @Field()
  changedAt: Date;
}

@ObjectType({ description: 'Couverture d’une année budgétaire.' })
export class YearCoverage {
  @Field(() => Int)
  year: number;

  @Field(() => CoverageState)
  state: CoverageState;

  @Field(() => String, { nullable: true, description: 'Part propre prévue cette année, en euros.' })
  planned: string | null;

  @Field({ description: 'Couvert par des délibérations exécutoires de cette année budgétaire.' })
  covered: string;

  @Field(() => String, { nullable: true })
  missing: string | null;
}

@ObjectType({ description: 'Couverture de la part propre de la collectivité courante par ses délibérations exécutoires.' })
export class DeliberationCoverage {
  @Field(() => CoverageState)
  state: CoverageState;

  @Field(() => String, { nullable: true })
  planned: string | null;

  @Field()
  covered: string;

  @Field(() => String, { nullable: true })
  missing: string | null;

  @Field(() => [YearCoverage], { description: 'Année par année ; vide quand la part propre n’est connue que globalement.' })
  years: YearCoverage[];
}

@ObjectType({ description: 'Un projet de la collectivité, ou partagé avec elle (projet mutualisé).' })
export class Project {
  @Field(() => ID)
  id: string;

  /** The lead collectivité: resolvers compare it with the current one. */
  tenantId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => EngagementMode)
  engagementMode: EngagementMode;

  @Field(() => ActionKind)
  actionKind: ActionKind;

  @Field(() => [String], { description: 'Domaines thématiques (codes).' })
  thematicDomains: string[];

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => String, { nullable: true })
  plannedStart: string | null;

  @Field(() => String, { nullable: true })
  plannedEnd: string | null;

  @Field(() => String, { nullable: true })
  actualStart: string | null;

  @Field(() => String, { nullable: true })
  actualEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Dépenses prévues, en euros.' })
  plannedBudget: string | null;

  @Field(() => ID, { nullable: true })
  cooperationId: string | null;

  @Field()
  published: boolean;

  @Field()
  updatedAt: Date;

  /** Lists the read brought along (look-ahead); field resolvers fall back to the loaders for the others. */
  lists?: Partial<ProjectLists>;
}

@ObjectType()
export class ProjectConnection extends Connection(Project) {}
