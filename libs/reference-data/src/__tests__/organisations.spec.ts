import { ORGANISATION_ROLE_CODELIST } from '../generated/organisation-role';
import { ORGANISATION_TYPE_CODELIST } from '../generated/organisation-type';
import {
  isOrganisationRoleCode,
  ORGANISATION_ROLE,
  ORGANISATION_ROLE_OPTIONS,
  organisationRoleDescription,
  organisationRoleLabel,
} from '../organisation-roles';
import { isOrganisationTypeCode, LOCAL_GOVERNMENT_ORGANISATION_TYPE, ORGANISATION_TYPE_OPTIONS, organisationTypeName } from '../organisation-types';

describe('organisation types', () => {
  it.each([
    ['10', 'Gouvernement'],
    ['11', 'Collectivité territoriale'], // ours: no French narrative in the codelist
    ['21', 'ONG internationale'],
    ['23', 'ONG régionale'], // ours: the codelist misses the accent
    ['24', 'ONG du pays partenaire'],
    ['60', 'Fondation'],
    ['71', 'Secteur privé du pays donateur'],
    ['72', 'Secteur privé du pays bénéficiaire'],
    ['73', "Secteur privé d'un pays tiers"],
    ['80', 'Universitaire, formation et recherche'],
    ['90', 'Autre'],
  ])('%s → %s', (code, name) => {
    expect(organisationTypeName(code)).toBe(name);
  });

  it('keeps the codelist names in English', () => {
    expect(organisationTypeName('11', 'en')).toBe('Local Government');
  });

  it('gives every type a French label of its own', () => {
    expect(ORGANISATION_TYPE_OPTIONS).toHaveLength(ORGANISATION_TYPE_CODELIST.length);
    for (const type of ORGANISATION_TYPE_CODELIST) expect(organisationTypeName(type.code)).not.toBe(type.nameEn);
  });

  it.each([
    ['11', true],
    ['90', true],
    ['12', false],
    ['toString', false],
    ['', false],
  ])('isOrganisationTypeCode(%j) → %s', (code, expected) => {
    expect(isOrganisationTypeCode(code)).toBe(expected);
    if (!expected) expect(organisationTypeName(code)).toBeUndefined();
  });

  it('knows local government as type 11', () => {
    expect(organisationTypeName(LOCAL_GOVERNMENT_ORGANISATION_TYPE, 'en')).toBe('Local Government');
  });
});

describe('organisation roles', () => {
  it('are the four roles of the codelist', () => {
    expect(Object.values(ORGANISATION_ROLE)).toEqual(ORGANISATION_ROLE_CODELIST.map((role) => role.code));
  });

  it.each([
    [ORGANISATION_ROLE.FUNDING, 'Financeur', 'Funding'],
    [ORGANISATION_ROLE.ACCOUNTABLE, 'Responsable', 'Accountable'],
    [ORGANISATION_ROLE.EXTENDING, 'Délégataire', 'Extending'],
    [ORGANISATION_ROLE.IMPLEMENTING, 'Opérateur de mise en œuvre', 'Implementing'],
  ])('%i is "%s" ("%s")', (code, french, english) => {
    expect(organisationRoleLabel(code)).toBe(french);
    expect(organisationRoleLabel(code, 'en')).toBe(english);
    expect(organisationRoleDescription(code)).toMatch(/^[A-Z].+\.$/);
  });

  it.each([
    [1, true],
    [4, true],
    [0, false],
    [5, false],
    ['1', false], // stored as a number
  ])('isOrganisationRoleCode(%j) → %s', (code, expected) => {
    expect(isOrganisationRoleCode(code)).toBe(expected);
  });

  it('is undefined for an unknown role', () => {
    expect(organisationRoleLabel(5)).toBeUndefined();
    expect(organisationRoleLabel(5, 'en')).toBeUndefined();
    expect(organisationRoleDescription(0)).toBeUndefined();
  });

  it('offers the roles in IATI order', () => {
    expect(ORGANISATION_ROLE_OPTIONS.map((option) => option.label)).toEqual(['Financeur', 'Responsable', 'Délégataire', 'Opérateur de mise en œuvre']);
  });
});
