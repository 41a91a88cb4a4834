import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Montants en euros, en texte décimal ("1250000.50") ; vide si le service n’existe pas.' })
export class ServiceRevenuesInput {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  waterRevenue?: string | null;

  @Field(() => String, { nullable: true })
  sanitationRevenue?: string | null;

  @Field(() => String, { nullable: true })
  wasteRevenue?: string | null;

  @Field(() => String, { nullable: true })
  energyRevenue?: string | null;
}
