import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { ConventionKind, CooperationStatus, Prisma } from '@passerelles/db/generated/prisma/client';
import type { PageRequest } from '../pagination/page-request';

export const CONVENTION_INCLUDE = {
  parties: { orderBy: { position: 'asc' } },
  cooperation: { select: { name: true } },
  nextVersion: { select: { id: true, status: true, versionNumber: true } },
} satisfies Prisma.ConventionInclude;

const COOPERATION_INCLUDE = {
  partnerOrganisation: { select: { id: true, name: true } },
  conventions: { include: CONVENTION_INCLUDE, orderBy: [{ startsOn: 'desc' }, { versionNumber: 'desc' }] },
} satisfies Prisma.CooperationInclude;

export interface NewCooperation {
  name: string;
  partnerTerritory: string;
  countryCode: string;
  partnerOrganisationId: string | null;
  startedOn: Date | null;
  status: CooperationStatus;
  description: string | null;
}

export interface NewConvention {
  cooperationId: string;
  title: string;
  reference: string | null;
  kind: ConventionKind;
  versionNumber: number;
  previousVersionId: string | null;
  startsOn: Date;
  endsOn: Date;
  objectives: string;
  means: string | null;
  forecastCommitment: string | null;
  parties: { organisationId: string | null; name: string; expectedResults: string | null; commitments: string | null }[];
}

export type ConventionStep = { kind: 'SIGN'; signedOn: Date } | { kind: 'TRANSMIT_TO_PREFECTURE'; transmittedOn: Date } | { kind: 'TERMINATE' };

@Injectable()
export class CooperationRepository {
  constructor(private readonly database: Database) {}

  listCooperationsPage(filter: { text?: string; countryCode?: string; status?: CooperationStatus }, page: PageRequest) {
    const where: Prisma.CooperationWhereInput = {
      ...(filter.countryCode ? { countryCode: filter.countryCode } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.text
        ? { OR: [{ name: { contains: filter.text, mode: 'insensitive' } }, { partnerTerritory: { contains: filter.text, mode: 'insensitive' } }] }
        : {}),
    };
    return Promise.all([
      this.database.tx().cooperation.findMany({
        where: page.after ? { AND: [where, { id: { gt: page.after } }] } : where,
        include: COOPERATION_INCLUDE,
        orderBy: { id: 'asc' },
        take: page.first + 1,
      }),
      this.database.tx().cooperation.count({ where }),
    ]);
  }

  findCooperation(id: string) {
    return this.database.tx().cooperation.findUnique({ where: { id }, include: COOPERATION_INCLUDE });
  }

  createCooperation(tenantId: string, values: NewCooperation) {
    return this.database.tx().cooperation.create({ data: { tenantId, ...values }, include: COOPERATION_INCLUDE });
  }

  updateCooperation(id: string, values: NewCooperation) {
    return this.database.tx().cooperation.update({ where: { id }, data: values, include: COOPERATION_INCLUDE });
  }

  /** Conventions in force or not, newest end first; validity is computed by the caller for the date of the day. */
  listConventions(cooperationId?: string) {
    return this.database.tx().convention.findMany({
      where: cooperationId ? { cooperationId } : {},
      include: CONVENTION_INCLUDE,
      orderBy: [{ endsOn: 'asc' }, { id: 'asc' }],
    });
  }

  findConvention(id: string) {
    return this.database.tx().convention.findUnique({ where: { id }, include: CONVENTION_INCLUDE });
  }

  /**
   * Locks a version's row until the end of the transaction (RLS applies: another collectivité's id locks
   * nothing), so that concurrent amendments of that version run one after the other.
   */
  async lockConventionForAmendment(id: string): Promise<void> {
    await this.database.tx().$queryRaw`SELECT id FROM conventions WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /** The amendment or renewal already chained to a version, if any (read after the lock above). */
  findNextVersion(previousVersionId: string) {
    return this.database.tx().convention.findFirst({ where: { previousVersionId }, select: { id: true, versionNumber: true, status: true } });
  }

  async createConvention(tenantId: string, values: NewConvention) {
    const { parties, ...convention } = values;
    const created = await this.database.tx().convention.create({ data: { tenantId, ...convention } });
    await this.writeParties(tenantId, created.id, parties);
    return this.database.tx().convention.findUniqueOrThrow({ where: { id: created.id }, include: CONVENTION_INCLUDE });
  }

  async replaceConvention(id: string, tenantId: string, values: Omit<NewConvention, 'cooperationId' | 'kind' | 'versionNumber' | 'previousVersionId'>) {
    const { parties, ...convention } = values;
    await this.database.tx().conventionParty.deleteMany({ where: { conventionId: id } });
    await this.database.tx().convention.update({ where: { id }, data: convention });
    await this.writeParties(tenantId, id, parties);
    return this.database.tx().convention.findUniqueOrThrow({ where: { id }, include: CONVENTION_INCLUDE });
  }

  private async writeParties(tenantId: string, conventionId: string, parties: NewConvention['parties']): Promise<void> {
    await this.database.tx().conventionParty.createMany({ data: parties.map((party, position) => ({ tenantId, conventionId, position, ...party })) });
  }

  /** One step of a convention's life: signature, transmission to the préfet, termination. */
  recordConventionStep(id: string, step: ConventionStep) {
    const data =
      step.kind === 'SIGN'
        ? { status: 'SIGNED' as const, signedOn: step.signedOn }
        : step.kind === 'TRANSMIT_TO_PREFECTURE'
          ? { prefectureTransmittedOn: step.transmittedOn }
          : { status: 'TERMINATED' as const };
    return this.database.tx().convention.update({ where: { id }, data, include: CONVENTION_INCLUDE });
  }

  countOrganisations(ids: string[]) {
    return this.database.tx().organisation.count({ where: { id: { in: ids } } });
  }
}
