import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliberationAssembly, DeliberationObject, DeliberationStatus } from '@passerelles/db/generated/prisma/enums';
import { Connection } from '../../pagination/connection';

export { DeliberationAssembly, DeliberationObject, DeliberationStatus };

export enum DeliberationDateField {
  sessionDate = 'sessionDate',
  votedOn = 'votedOn',
  transmittedOn = 'transmittedOn',
  executoryOn = 'executoryOn',
  endedOn = 'endedOn',
}
registerEnumType(DeliberationDateField, {
  name: 'DeliberationDateField',
  valuesMap: {
    sessionDate: { description: 'Date de séance' },
    votedOn: { description: 'Date du vote' },
    transmittedOn: { description: 'Date de transmission au préfet' },
    executoryOn: { description: 'Date du caractère exécutoire' },
    endedOn: { description: 'Date de retrait, d’annulation ou d’abrogation' },
  },
});

registerEnumType(DeliberationAssembly, {
  name: 'DeliberationAssembly',
  valuesMap: {
    MUNICIPAL_COUNCIL: { description: 'Conseil municipal' },
    COMMUNITY_COUNCIL: { description: 'Conseil communautaire' },
    DEPARTMENTAL_COUNCIL: { description: 'Conseil départemental' },
    REGIONAL_COUNCIL: { description: 'Conseil régional' },
    SYNDICATE_COMMITTEE: { description: 'Comité syndical' },
    PERMANENT_COMMISSION: { description: 'Commission permanente' },
    BUREAU: { description: 'Bureau' },
  },
});
registerEnumType(DeliberationObject, {
  name: 'DeliberationObject',
  valuesMap: {
    CONVENTION: { description: 'Convention de partenariat' },
    BUDGET: { description: 'Budget' },
    PERSONNEL: { description: 'Personnel' },
    OPERATOR_CONVENTION: { description: 'Convention avec un opérateur' },
    GRANT: { description: 'Subvention' },
    EMERGENCY_AID: { description: "Aide d'urgence" },
  },
});
registerEnumType(DeliberationStatus, {
  name: 'DeliberationStatus',
  valuesMap: {
    DRAFT: { description: 'Projet de délibération' },
    SCHEDULED: { description: "Inscrite à l'ordre du jour" },
    VOTED: { description: 'Votée' },
    TRANSMITTED: { description: 'Transmise au préfet' },
    EXECUTORY: { description: 'Exécutoire' },
    WITHDRAWN: { description: 'Retirée' },
    ANNULLED: { description: 'Annulée par le juge administratif' },
    REPEALED: { description: 'Abrogée' },
  },
});

@ObjectType({ description: 'Projet couvert par une délibération, avec le montant accordé.' })
export class DeliberationProjectLink {
  @Field(() => ID)
  projectId: string;

  @Field()
  projectCode: string;

  @Field()
  projectTitle: string;

  @Field({ description: 'Montant accordé au projet, en euros.' })
  amount: string;

  @Field({ description: 'Vrai si le projet appartient à la collectivité (faux : sa contribution à un projet mutualisé).' })
  ownProject: boolean;
}

@ObjectType({ description: "Délibération de l'assemblée délibérante." })
export class Deliberation {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => Int, { description: "Année de la numérotation : celle du vote, sinon de la séance, sinon de la saisie." })
  year: number;

  @Field()
  title: string;

  @Field(() => DeliberationAssembly)
  assembly: DeliberationAssembly;

  @Field(() => DeliberationObject)
  object: DeliberationObject;

  @Field(() => DeliberationStatus)
  status: DeliberationStatus;

  @Field(() => String, { nullable: true, description: 'Date de la séance prévue (AAAA-MM-JJ).' })
  sessionDate: string | null;

  @Field(() => String, { nullable: true })
  votedOn: string | null;

  @Field(() => String, { nullable: true })
  transmittedOn: string | null;

  @Field(() => String, { nullable: true })
  executoryOn: string | null;

  @Field(() => String, { nullable: true, description: 'Retrait, annulation ou abrogation.' })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Motif du retrait, de l’annulation ou de l’abrogation.' })
  endReason: string | null;

  @Field(() => String, { nullable: true, description: 'Total accordé aux projets visibles, en euros.' })
  amount: string | null;

  @Field(() => ID, { nullable: true })
  conventionId: string | null;

  @Field(() => String, { nullable: true })
  conventionTitle: string | null;

  @Field(() => [DeliberationProjectLink], { description: 'Projets couverts et montants accordés.' })
  projects: DeliberationProjectLink[];

  @Field(() => Int, { nullable: true })
  budgetYear: number | null;

  @Field({ description: 'Vrai si la personne connectée peut modifier le texte (titre, projets, montants).' })
  canEdit: boolean;

  @Field({ description: 'Vrai si la personne connectée peut corriger une date enregistrée.' })
  canCorrectDates: boolean;

  @Field(() => [DeliberationStatus], { description: 'Statuts vers lesquels la personne connectée peut faire passer la délibération.' })
  allowedTransitions: DeliberationStatus[];
}

@ObjectType()
export class DeliberationConnection extends Connection(Deliberation) {}
