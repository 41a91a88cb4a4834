import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { OrganisationKind, Prisma } from '@passerelles/db/generated/prisma/client';
import type { OrganisationContactValues, OrganisationValues } from '@passerelles/shared/schemas/organisation.schemas';
import type { PageRequest } from '../pagination/page-request';

export interface OrganisationFilter {
  text?: string;
  /** Country codes whose French name matched the text: "Burkina" finds the organisations of BF. */
  countryCodesMatchingText?: string[];
  kind?: OrganisationKind;
  countryCode?: string;
  includeArchived: boolean;
}

const WITH_CONTACTS = { contacts: { orderBy: { name: 'asc' } } } as const;

@Injectable()
export class OrganisationRepository {
  constructor(private readonly database: Database) {}

  listPage(filter: OrganisationFilter, page: PageRequest) {
    const where: Prisma.OrganisationWhereInput = {
      ...(filter.includeArchived ? {} : { archived: false }),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.countryCode ? { countryCode: filter.countryCode } : {}),
      ...(filter.text
        ? {
            OR: [
              { name: { contains: filter.text, mode: 'insensitive' } },
              { acronym: { contains: filter.text, mode: 'insensitive' } },
              ...(filter.countryCodesMatchingText?.length ? [{ countryCode: { in: filter.countryCodesMatchingText } }] : []),
            ],
          }
        : {}),
    };
    return Promise.all([
      this.database.tx().organisation.findMany({
        where: page.after ? { AND: [where, { id: { gt: page.after } }] } : where,
        include: WITH_CONTACTS,
        orderBy: { id: 'asc' },
        take: page.first + 1,
      }),
      this.database.tx().organisation.count({ where }),
    ]);
  }

  findById(id: string) {
    return this.database.tx().organisation.findUnique({ where: { id }, include: WITH_CONTACTS });
  }

  findManyByIds(ids: string[]) {
    return this.database.tx().organisation.findMany({ where: { id: { in: ids } } });
  }

  create(tenantId: string, values: OrganisationValues) {
    return this.database.tx().organisation.create({ data: { tenantId, ...values }, include: WITH_CONTACTS });
  }

  replaceDetails(id: string, values: OrganisationValues) {
    return this.database.tx().organisation.update({ where: { id }, data: values, include: WITH_CONTACTS });
  }

  setArchived(id: string, archived: boolean) {
    return this.database.tx().organisation.update({ where: { id }, data: { archived }, include: WITH_CONTACTS });
  }

  findContact(id: string) {
    return this.database.tx().organisationContact.findUnique({ where: { id } });
  }

  addContact(tenantId: string, organisationId: string, values: OrganisationContactValues) {
    return this.database.tx().organisationContact.create({ data: { tenantId, organisationId, ...values } });
  }

  updateContact(id: string, values: OrganisationContactValues) {
    return this.database.tx().organisationContact.update({ where: { id }, data: values });
  }

  async removeContact(id: string): Promise<void> {
    await this.database.tx().organisationContact.delete({ where: { id } });
  }
}
