import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '../../pagination/page-request';
import { EngagementMode, ProjectScope, ProjectSortField, ProjectStatus, SortDirection } from '../models/project-enums';

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Recherche dans le code, le titre et le résumé.' })
  text?: string | null;

  @Field(() => [ProjectStatus], { nullable: true })
  statuses?: ProjectStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes pays ISO.' })
  countryCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Domaines thématiques.' })
  thematicDomains?: string[] | null;

  @Field(() => [EngagementMode], { nullable: true })
  engagementModes?: EngagementMode[] | null;

  @Field(() => Int, { nullable: true, description: 'Projets actifs pendant cette année (dates prévues ou réelles).' })
  year?: number | null;

  @Field(() => ProjectScope, { nullable: true })
  scope?: ProjectScope | null;
}

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortField)
  field: ProjectSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true })
  filter?: ProjectFilter | null;

  @Field(() => ProjectSort, { nullable: true, description: 'Par défaut : dernière modification, la plus récente d’abord.' })
  sort?: ProjectSort | null;
}
