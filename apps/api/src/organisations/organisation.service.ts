import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { COUNTRY_OPTIONS, countryName } from '@passerelles/reference-data/countries';
import { organisationTypeName } from '@passerelles/reference-data/organisation-types';
import type { OrganisationContactValues, OrganisationValues } from '@passerelles/shared/schemas/organisation.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { NotFoundError } from '../errors/common.errors';
import { toConnection } from '../pagination/connection';
import type { PageRequest } from '../pagination/page-request';
import type { Organisation, OrganisationConnection, OrganisationContact } from './models/organisation.model';
import { OrganisationRepository, type OrganisationFilter } from './organisation.repository';

type OrganisationRow = NonNullable<Awaited<ReturnType<OrganisationRepository['findById']>>>;

@Injectable()
export class OrganisationService {
  constructor(
    private readonly database: Database,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: Omit<OrganisationFilter, 'countryCodesMatchingText'>, page: PageRequest): Promise<OrganisationConnection> {
    const text = filter.text?.trim();
    const countryCodesMatchingText = text ? matchingCountryCodes(text) : undefined;
    return this.database.tenantTransaction(async () => {
      const [rows, total] = await this.organisations.listPage({ ...filter, text: text || undefined, countryCodesMatchingText }, page);
      return toConnection(rows, total, page, toOrganisation);
    });
  }

  get(id: string): Promise<Organisation> {
    return this.database.tenantTransaction(async () => toOrganisation(await this.existing(id)));
  }

  create(values: OrganisationValues): Promise<Organisation> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const created = await this.organisations.create(tenantId, values);
      await this.audit.record({ entity: 'Organisation', entityId: created.id, action: 'CREATE', after: created });
      return toOrganisation(created);
    });
  }

  update(id: string, values: OrganisationValues): Promise<Organisation> {
    return this.database.tenantTransaction(async () => {
      const before = await this.existing(id);
      const after = await this.organisations.replaceDetails(id, values);
      await this.audit.record({ entity: 'Organisation', entityId: id, action: 'UPDATE', before, after });
      return toOrganisation(after);
    });
  }

  /** Organisations are archived rather than deleted: projects and conventions keep referring to them. */
  setArchived(id: string, archived: boolean): Promise<Organisation> {
    return this.database.tenantTransaction(async () => {
      const before = await this.existing(id);
      const after = await this.organisations.setArchived(id, archived);
      await this.audit.record({ entity: 'Organisation', entityId: id, action: archived ? 'ARCHIVE' : 'RESTORE', before, after });
      return toOrganisation(after);
    });
  }

  addContact(organisationId: string, values: OrganisationContactValues): Promise<OrganisationContact> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      await this.existing(organisationId);
      const contact = await this.organisations.addContact(tenantId, organisationId, values);
      await this.audit.record({ entity: 'OrganisationContact', entityId: contact.id, action: 'CREATE', after: contact });
      return contact;
    });
  }

  updateContact(contactId: string, values: OrganisationContactValues): Promise<OrganisationContact> {
    return this.database.tenantTransaction(async () => {
      const before = await this.organisations.findContact(contactId);
      if (!before) throw new NotFoundError('Contact');
      const after = await this.organisations.updateContact(contactId, values);
      await this.audit.record({ entity: 'OrganisationContact', entityId: contactId, action: 'UPDATE', before, after });
      return after;
    });
  }

  removeContact(contactId: string): Promise<boolean> {
    return this.database.tenantTransaction(async () => {
      const before = await this.organisations.findContact(contactId);
      if (!before) throw new NotFoundError('Contact');
      await this.organisations.removeContact(contactId);
      await this.audit.record({ entity: 'OrganisationContact', entityId: contactId, action: 'DELETE', before });
      return true;
    });
  }

  private async existing(id: string): Promise<OrganisationRow> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new NotFoundError('Organisation');
    return organisation;
  }
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function matchingCountryCodes(text: string): string[] {
  const needle = normalise(text);
  if (needle.length < 3) return [];
  return COUNTRY_OPTIONS.filter((option) => normalise(option.label).includes(needle)).map((option) => String(option.code));
}

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    ...row,
    countryName: countryName(row.countryCode) ?? row.countryCode,
    iatiTypeName: organisationTypeName(row.iatiTypeCode) ?? row.iatiTypeCode,
  };
}
