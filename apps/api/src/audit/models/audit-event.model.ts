import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../pagination/connection';

@ObjectType({ description: "Une entrée du journal d'audit (ajout seul)." })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field()
  entity: string;

  @Field()
  entityId: string;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Nom de la personne, si elle est encore membre.' })
  actorName: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: object | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: object | null;

  @Field()
  occurredAt: Date;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}
