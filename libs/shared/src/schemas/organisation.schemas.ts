import { z } from 'zod';
import { isOrganisationTypeCode } from '@passerelles/reference-data/organisation-types';
import { countryCodeField, optionalEmail, optionalMultilineText, optionalText, optionalUrl, requiredText } from './common-fields';

export const ORGANISATION_KINDS = ['FOREIGN_LOCAL_AUTHORITY', 'NGO', 'OPERATOR', 'COFINANCER', 'SCHOOL', 'UNIVERSITY', 'COMPANY', 'OTHER'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];

export const organisationContactSchema = z.object({
  name: requiredText(2, 120),
  position: optionalText(120),
  email: optionalEmail,
  phone: optionalText(40),
});

export const organisationSchema = z.object({
  name: requiredText(2, 200),
  acronym: optionalText(40),
  kind: z.enum(ORGANISATION_KINDS),
  countryCode: countryCodeField,
  iatiTypeCode: z.string().trim().refine(isOrganisationTypeCode, "Type d'organisation IATI inconnu."),
  iatiIdentifier: optionalText(100),
  website: optionalUrl,
  email: optionalEmail,
  phone: optionalText(40),
  address: optionalMultilineText(500),
  notes: optionalMultilineText(4000),
});

export type OrganisationValues = z.infer<typeof organisationSchema>;
export type OrganisationContactValues = z.infer<typeof organisationContactSchema>;
