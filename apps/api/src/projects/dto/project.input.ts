import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ActionKind, EngagementMode, TeamRole } from '../models/project-enums';

@InputType()
export class ProjectSectorInput {
  @Field()
  sectorCode: string;

  @Field({ description: 'Pourcentage, texte décimal ("33.33") ; la somme fait 100.' })
  percentage: string;
}

@InputType()
export class ProjectSdgInput {
  @Field(() => Int)
  goal: number;

  @Field(() => String, { nullable: true, description: 'Cible, par exemple "6.1".' })
  target?: string | null;
}

@InputType()
export class ProjectPlaceInput {
  @Field()
  name: string;

  @Field()
  countryCode: string;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

@InputType()
export class ProjectOrganisationInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  iatiRole: number;
}

@InputType()
export class ProjectTeamMemberInput {
  @Field(() => ID)
  userId: string;

  @Field(() => TeamRole)
  role: TeamRole;
}

@InputType({ description: 'Toutes les données d’un projet : une modification remplace l’ensemble.' })
export class ProjectInput {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => EngagementMode)
  engagementMode: EngagementMode;

  @Field(() => ActionKind)
  actionKind: ActionKind;

  @Field(() => [String], { nullable: true })
  thematicDomains?: string[] | null;

  @Field(() => [ProjectSectorInput])
  sectors: ProjectSectorInput[];

  @Field(() => [ProjectSdgInput], { nullable: true })
  sdgs?: ProjectSdgInput[] | null;

  @Field(() => [String])
  countryCodes: string[];

  @Field(() => [ProjectPlaceInput], { nullable: true })
  places?: ProjectPlaceInput[] | null;

  @Field(() => String, { nullable: true })
  plannedStart?: string | null;

  @Field(() => String, { nullable: true })
  plannedEnd?: string | null;

  @Field(() => String, { nullable: true })
  actualStart?: string | null;

  @Field(() => String, { nullable: true })
  actualEnd?: string | null;

  @Field(() => String, { nullable: true })
  plannedBudget?: string | null;

  @Field(() => ID, { nullable: true })
  cooperationId?: string | null;

  @Field(() => [ProjectOrganisationInput], { nullable: true })
  organisations?: ProjectOrganisationInput[] | null;

  @Field(() => [ProjectTeamMemberInput], { nullable: true })
  team?: ProjectTeamMemberInput[] | null;

  @Field({ nullable: true, description: 'Publié dans le fichier IATI de la collectivité.' })
  published?: boolean;
}
