import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { Roles } from '../auth/access.decorators';
import { PageArgs, pageArgsSchema } from '../pagination/page-request';
import { validateWith } from '../validation/zod-validation.pipe';
import { AuditQueryService } from './audit-query.service';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model';

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Type d’entité (Membership, Invitation, Project…).' })
  entity?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tous les événements d’un projet et de ce qui s’y rattache.' })
  projectId?: string | null;
}

const auditEventsArgsSchema = z
  .object({ entity: z.string().max(60).nullish(), entityId: z.string().max(64).nullish(), projectId: z.uuid().nullish() })
  .and(pageArgsSchema);

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditQueries: AuditQueryService) {}

  @Roles('ADMIN', 'EVALUATOR')
  @Query(() => AuditEventConnection, { description: "Journal d'audit de la collectivité, le plus récent d'abord." })
  auditEvents(@Args({ type: () => AuditEventsArgs }, validateWith(auditEventsArgsSchema)) args: z.infer<typeof auditEventsArgsSchema>): Promise<AuditEventConnection> {
    return this.auditQueries.list({ entity: args.entity ?? undefined, entityId: args.entityId ?? undefined, projectId: args.projectId ?? undefined }, { first: args.first, after: args.after });
  }
}
