import { sortByFrenchLabel, type ReferenceOption } from './reference-option';

/** The thematic domains of a project (stored as these codes in projects.thematic_domains). */
export const THEMATIC_DOMAINS = [
  'AGRICULTURE',
  'FOOD_SOVEREIGNTY',
  'CLIMATE',
  'CULTURE',
  'HERITAGE',
  'WASTE',
  'HUMAN_RIGHTS',
  'WATER_SANITATION',
  'EDUCATION',
  'GENDER_EQUALITY',
  'ENERGY',
  'ENVIRONMENT_BIODIVERSITY',
  'TRAINING',
  'TERRITORIAL_GOVERNANCE',
  'INFRASTRUCTURE',
  'PROFESSIONAL_INTEGRATION',
  'MIGRATION',
  'YOUTH_MOBILITY',
  'PEACE_JUSTICE',
  'HEALTH',
  'TOURISM',
  'URBAN_TRANSPORT',
] as const;
export type ThematicDomain = (typeof THEMATIC_DOMAINS)[number];

/**
 * Domains are the words collectivités use; DAC purpose codes are what the APD declaration and IATI files need.
 * Each domain lists the active codes its projects most often carry, so that picking a domain can suggest them;
 * the user keeps those that apply and may add any other code. A code may serve several domains.
 */
const DOMAINS: Readonly<Record<ThematicDomain, { readonly label: string; readonly sectors: readonly string[] }>> = {
  AGRICULTURE: {
    label: 'Agriculture',
    sectors: ['31110', '31120', '31130', '31140', '31150', '31161', '31163', '31166', '31181', '31191', '31194', '31195'],
  },
  // Food security policy, household programmes, food safety, nutrition, food crops and producers' co-operatives.
  FOOD_SOVEREIGNTY: { label: 'Souveraineté alimentaire', sectors: ['12240', '31161', '31194', '43071', '43072', '43073'] },
  // The CRS has no climate purpose code (climate is a policy marker): environment policy, disaster risk reduction
  // and preparedness, forestry, energy efficiency and renewables carry most climate projects.
  CLIMATE: { label: 'Climat', sectors: ['23183', '23210', '31220', '41010', '41081', '41082', '43060', '74020'] },
  CULTURE: { label: 'Culture', sectors: ['16061', '16066'] },
  // Site preservation (41040) covers historical and cultural landscapes; museums come under 16061.
  HERITAGE: { label: 'Patrimoine', sectors: ['16061', '16066', '41040'] },
  WASTE: { label: 'Déchets', sectors: ['14050'] },
  HUMAN_RIGHTS: { label: 'Droits humains', sectors: ['15160', '15170', '15180', '16070'] },
  // Every 140xx code but waste management (14050), which has its own domain and 1 % mechanism.
  WATER_SANITATION: {
    label: 'Eau et assainissement',
    sectors: ['14010', '14015', '14020', '14021', '14022', '14030', '14031', '14032', '14040', '14081'],
  },
  EDUCATION: { label: 'Éducation', sectors: ['11110', '11120', '11130', '11220', '11240', '11250', '11260', '11320', '11420'] },
  GENDER_EQUALITY: { label: 'Égalité femmes-hommes', sectors: ['15170', '15180'] },
  // Energy policy (231xx) and renewable generation (232xx): the codes the 1 % energy mechanism may fund.
  ENERGY: {
    label: 'Énergie',
    sectors: ['23110', '23111', '23112', '23181', '23182', '23183', '23210', '23220', '23230', '23231', '23232', '23240', '23250', '23260', '23270'],
  },
  ENVIRONMENT_BIODIVERSITY: { label: 'Environnement et biodiversité', sectors: ['31210', '31220', '41010', '41020', '41030', '41081', '41082'] },
  // Vocational and professional training, and multisector training (exchanges of practice between civil servants).
  TRAINING: { label: 'Formation', sectors: ['11330', '11430', '43081'] },
  // Decentralisation, local government administration and finance, citizen participation, land-use planning:
  // the heart of decentralised cooperation between collectivités.
  TERRITORIAL_GOVERNANCE: {
    label: 'Gouvernance territoriale',
    sectors: ['15110', '15112', '15128', '15150', '15185', '43031', '43041'],
  },
  INFRASTRUCTURE: { label: 'Infrastructures', sectors: ['21020', '21021', '21022', '32310', '43032'] },
  PROFESSIONAL_INTEGRATION: { label: 'Insertion professionnelle', sectors: ['11330', '16020', '32130'] },
  // Orderly migration and diaspora engagement (15190), remittances for development (24050).
  MIGRATION: { label: 'Migrations', sectors: ['15190', '24050'] },
  // Exchanges and volunteering abroad (multisector training) and awareness raising in France (99820).
  YOUTH_MOBILITY: { label: 'Mobilité des jeunes', sectors: ['43081', '99820'] },
  PEACE_JUSTICE: { label: 'Paix et justice', sectors: ['15130', '15131', '15134', '15220'] },
  HEALTH: { label: 'Santé', sectors: ['12110', '12191', '12220', '12230', '12250', '12261', '12281', '13020'] },
  TOURISM: { label: 'Tourisme', sectors: ['33210'] },
  URBAN_TRANSPORT: { label: 'Transports urbains', sectors: ['21011', '21012', '21020', '23642'] },
};

export function isThematicDomain(value: unknown): value is ThematicDomain {
  return typeof value === 'string' && (THEMATIC_DOMAINS as readonly string[]).includes(value);
}

export function thematicDomainLabel(domain: ThematicDomain): string {
  return DOMAINS[domain].label;
}

/** The DAC purpose codes of one domain, in code order. */
export function sectorsOfDomain(domain: ThematicDomain): readonly string[] {
  return DOMAINS[domain].sectors;
}

/** The purpose codes to suggest for a project's domains: the union of theirs, without duplicates, in code order. */
export function defaultSectorsFor(domains: Iterable<ThematicDomain>): readonly string[] {
  const codes = new Set<string>();
  for (const domain of domains) for (const code of DOMAINS[domain].sectors) codes.add(code);
  return [...codes].sort();
}

export const THEMATIC_DOMAIN_OPTIONS: readonly ReferenceOption<ThematicDomain>[] = sortByFrenchLabel(
  THEMATIC_DOMAINS.map((domain) => ({ code: domain, label: DOMAINS[domain].label })),
);
