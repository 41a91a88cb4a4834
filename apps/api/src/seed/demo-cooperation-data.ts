import type { DemoTenant } from './demo-data';

type TenantKey = DemoTenant['key'];

/** Realistic demo content of the cooperation core, per collectivité. Dates are relative to "today" when given as offsets. */
export interface DemoOrganisation {
  key: string;
  tenant: TenantKey;
  name: string;
  acronym?: string;
  kind: 'FOREIGN_LOCAL_AUTHORITY' | 'NGO' | 'OPERATOR' | 'COFINANCER' | 'SCHOOL' | 'UNIVERSITY' | 'COMPANY' | 'OTHER';
  countryCode: string;
  iatiTypeCode: string;
  contact?: { name: string; position: string; email: string };
}

export interface DemoCooperation {
  key: string;
  tenant: TenantKey;
  name: string;
  partnerTerritory: string;
  countryCode: string;
  partner?: string;
  startedOn: string;
  description: string;
  convention?: DemoConvention;
}

/**
 * A convention and, optionally, its signed amendment (which supersedes it). In force once signed and transmitted
 * to the préfet (transmittedOn), within its dates; the end is relative to the day the demo is loaded.
 */
export interface DemoConvention {
  title: string;
  startsOn: string;
  endsInDays: number;
  signedOn: string | null;
  transmittedOn: string | null;
  objectives: string;
  forecastCommitment: string;
  partnerResults: string;
  amendment?: { title: string; signedOn: string; transmittedOn: string | null; objectives: string; forecastCommitment: string };
}

export interface DemoProject {
  tenant: TenantKey;
  code: string;
  title: string;
  summary: string;
  engagementMode: 'DIRECT' | 'MUTUALISED' | 'INDIRECT' | 'SUPPORT_TO_ACTORS';
  actionKind: 'DECENTRALISED_COOPERATION' | 'TWINNING' | 'HUMANITARIAN_EMERGENCY' | 'SUPPORT_TO_LOCAL_ACTORS' | 'CITIZENSHIP_EDUCATION' | 'YOUTH_MOBILITY';
  status: 'IDENTIFICATION' | 'DIAGNOSTIC' | 'PROGRAMMED' | 'IN_PROGRESS' | 'CLOSING' | 'CLOSED' | 'EVALUATED';
  thematicDomains: string[];
  sectors: [string, string][];
  sdgs: [number, string | null][];
  countries: string[];
  places?: { name: string; countryCode: string; latitude: number; longitude: number }[];
  plannedStart: string;
  plannedEnd: string;
  actualStart?: string;
  plannedBudget: string;
  cooperation?: string;
  organisations?: [string, number][];
  /** Each partner's contribution per budget year, and the deliberation by which it covers it. */
  partners?: { tenant: TenantKey; role: 'PARTNER' | 'OBSERVER'; contributions: [number, string][]; deliberation?: DemoDeliberation }[];
  deliberation?: DemoDeliberation;
}

export interface DemoDeliberation {
  number: string;
  title: string;
  amount: string;
  status: 'DRAFT' | 'SCHEDULED' | 'VOTED' | 'EXECUTORY';
  votedOn: string;
  /** Defaults to the year of the vote. */
  budgetYear?: number;
}

/** One vote of the commission permanente covering several projects, an amount each. */
export interface DemoSharedDeliberation {
  tenant: TenantKey;
  number: string;
  title: string;
  status: 'EXECUTORY';
  votedOn: string;
  budgetYear: number;
  projects: [code: string, amount: string][];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'bobo', tenant: 'syndicat', name: 'Commune de Bobo-Dioulasso', kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'BF', iatiTypeCode: '11', contact: { name: 'Awa Ouédraogo', position: 'Directrice des services techniques', email: 'awa.ouedraogo@example.bf' } },
  { key: 'onea', tenant: 'syndicat', name: "Office national de l'eau et de l'assainissement", acronym: 'ONEA', kind: 'OPERATOR', countryCode: 'BF', iatiTypeCode: '10' },
  { key: 'agence-eau', tenant: 'syndicat', name: "Agence de l'eau Loire-Bretagne", kind: 'COFINANCER', countryCode: 'FR', iatiTypeCode: '10' },
  { key: 'lodz', tenant: 'region', name: 'Ville de Łódź', kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'PL', iatiTypeCode: '11' },
  { key: 'hue', tenant: 'region', name: 'Comité populaire de la province de Thừa Thiên Huế', kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'VN', iatiTypeCode: '11' },
  { key: 'quebec', tenant: 'region', name: 'Office Québec-Monde pour la jeunesse', acronym: 'LOJIQ', kind: 'OPERATOR', countryCode: 'CA', iatiTypeCode: '10' },
  { key: 'dctciv', tenant: 'region', name: "Ministère de l'Europe et des Affaires étrangères — DCTCIV", acronym: 'MEAE-DCTCIV', kind: 'COFINANCER', countryCode: 'FR', iatiTypeCode: '10' },
  { key: 'afd', tenant: 'region', name: 'Agence française de développement', acronym: 'AFD', kind: 'COFINANCER', countryCode: 'FR', iatiTypeCode: '10' },
  { key: 'croix-rouge', tenant: 'region', name: 'Croix-Rouge française', kind: 'NGO', countryCode: 'FR', iatiTypeCode: '22' },
  { key: 'antsirabe', tenant: 'region', name: "Commune urbaine d'Antsirabe", kind: 'FOREIGN_LOCAL_AUTHORITY', countryCode: 'MG', iatiTypeCode: '11' },
  { key: 'asi-bretagne', tenant: 'region', name: 'Réseau bretagne solidaire', kind: 'NGO', countryCode: 'FR', iatiTypeCode: '22' },
];

export const DEMO_COOPERATIONS: DemoCooperation[] = [
  {
    key: 'hauts-bassins',
    tenant: 'syndicat',
    name: 'Coopération eau et assainissement avec Bobo-Dioulasso',
    partnerTerritory: 'Bobo-Dioulasso (Hauts-Bassins)',
    countryCode: 'BF',
    partner: 'bobo',
    startedOn: '2019-06-01',
    description: "Accès à l'eau potable et à l'assainissement des quartiers périphériques, au titre du 1 % eau (loi Oudin-Santini).",
    convention: {
      title: 'Convention de coopération 2024-2027',
      startsOn: '2024-01-01',
      endsInDays: 400,
      signedOn: '2023-12-12',
      transmittedOn: '2023-12-19',
      objectives: "Étendre le réseau d'eau potable à trois secteurs.",
      forecastCommitment: '240000',
      partnerResults: 'Maîtrise d’ouvrage des travaux et gestion du service de l’eau',
      amendment: {
        title: 'Avenant n° 1 : latrines scolaires',
        signedOn: '2025-03-04',
        transmittedOn: '2025-03-11',
        objectives: "Étendre le réseau d'eau potable à trois secteurs et créer des latrines dans douze écoles.",
        forecastCommitment: '280000',
      },
    },
  },
  {
    key: 'lodz',
    tenant: 'region',
    name: 'Jumelage Armor-Atlantique – Łódź',
    partnerTerritory: 'Łódź (Voïvodie de Łódź)',
    countryCode: 'PL',
    partner: 'lodz',
    startedOn: '1998-09-15',
    description: 'Échanges culturels, scolaires et institutionnels depuis 1998.',
    convention: { title: "Charte d'amitié renouvelée", startsOn: '2022-01-01', endsInDays: 45, signedOn: '2021-11-20', transmittedOn: '2021-11-29', objectives: 'Échanges culturels et de jeunes, coopération entre services.', forecastCommitment: '30000', partnerResults: 'Accueil des délégations et des jeunes' },
  },
  {
    key: 'hue',
    tenant: 'region',
    name: 'Coopération mobilité urbaine avec Huế',
    partnerTerritory: 'Province de Thừa Thiên Huế',
    countryCode: 'VN',
    partner: 'hue',
    startedOn: '2016-03-01',
    description: 'Appui à la planification des transports urbains et au patrimoine.',
    convention: { title: 'Convention 2021-2025', startsOn: '2021-01-01', endsInDays: -20, signedOn: '2020-12-01', transmittedOn: '2020-12-08', objectives: 'Plan de déplacements urbains et bus à haut niveau de service.', forecastCommitment: '180000', partnerResults: 'Portage politique et technique du plan de déplacements' },
  },
  {
    key: 'antsirabe',
    tenant: 'region',
    name: 'Coopération avec Antsirabe',
    partnerTerritory: 'Antsirabe (Vakinankaratra)',
    countryCode: 'MG',
    partner: 'antsirabe',
    startedOn: '2012-05-01',
    description: 'Gouvernance locale et services essentiels, avec deux communes bretonnes.',
    // Signed, not yet transmitted to the préfet: not in force.
    convention: { title: 'Convention tripartite 2025-2028', startsOn: '2025-01-01', endsInDays: 900, signedOn: '2025-11-20', transmittedOn: null, objectives: "Renforcer l'état civil et la gestion des déchets.", forecastCommitment: '90000', partnerResults: "Mise en place du service d'état civil" },
  },
];

export const DEMO_PROJECTS: DemoProject[] = [
  {
    tenant: 'syndicat',
    code: 'EAU-BF-2024',
    title: "Accès à l'eau potable dans trois secteurs de Bobo-Dioulasso",
    summary: "Extension du réseau, 12 bornes-fontaines et formation des comités de gestion, financée au titre du 1 % eau.",
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    status: 'IN_PROGRESS',
    thematicDomains: ['WATER_SANITATION', 'TERRITORIAL_GOVERNANCE'],
    sectors: [['14030', '80'], ['14081', '20']],
    sdgs: [[6, '6.1'], [6, '6.b']],
    countries: ['BF'],
    places: [{ name: 'Bobo-Dioulasso', countryCode: 'BF', latitude: 11.1771, longitude: -4.2979 }],
    plannedStart: '2024-03-01',
    plannedEnd: '2027-06-30',
    actualStart: '2024-04-15',
    plannedBudget: '210000',
    cooperation: 'hauts-bassins',
    organisations: [['agence-eau', 1], ['bobo', 2], ['onea', 4]],
    deliberation: { number: '2024-CS-012', title: 'Programme eau Bobo-Dioulasso 2024-2027', amount: '210000', status: 'EXECUTORY', votedOn: '2024-02-08' },
  },
  {
    tenant: 'syndicat',
    code: 'ASS-BF-2025',
    title: 'Latrines scolaires et hygiène à Bobo-Dioulasso',
    summary: "Construction de blocs sanitaires dans 8 écoles et sensibilisation à l'hygiène.",
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    status: 'PROGRAMMED',
    thematicDomains: ['WATER_SANITATION', 'EDUCATION'],
    sectors: [['14032', '100']],
    sdgs: [[6, '6.2'], [4, '4.a']],
    countries: ['BF'],
    plannedStart: '2025-09-01',
    plannedEnd: '2026-12-31',
    plannedBudget: '65000',
    cooperation: 'hauts-bassins',
    organisations: [['bobo', 4]],
    deliberation: { number: '2025-CS-004', title: 'Latrines scolaires', amount: '40000', status: 'VOTED', votedOn: '2025-03-20' },
  },
  {
    tenant: 'syndicat',
    code: 'ECSI-2025',
    title: "Semaine de la solidarité internationale : l'eau dans le monde",
    summary: 'Animations dans les écoles du territoire et exposition itinérante.',
    engagementMode: 'DIRECT',
    actionKind: 'CITIZENSHIP_EDUCATION',
    status: 'IDENTIFICATION',
    thematicDomains: ['EDUCATION', 'WATER_SANITATION'],
    sectors: [['99820', '100']],
    sdgs: [[4, '4.7']],
    countries: ['FR'],
    plannedStart: '2025-11-15',
    plannedEnd: '2025-11-30',
    plannedBudget: '8000',
  },
  {
    tenant: 'region',
    code: 'JUM-PL-2025',
    title: 'Jumelage Armor-Atlantique – Łódź : échanges culturels 2025',
    summary: 'Résidences croisées d’artistes et festival commun.',
    engagementMode: 'DIRECT',
    actionKind: 'TWINNING',
    status: 'IN_PROGRESS',
    thematicDomains: ['CULTURE', 'HERITAGE'],
    sectors: [['16061', '100']],
    sdgs: [[11, '11.4']],
    countries: ['PL'],
    places: [{ name: 'Łódź', countryCode: 'PL', latitude: 51.7592, longitude: 19.456 }],
    plannedStart: '2025-01-01',
    plannedEnd: '2025-12-31',
    actualStart: '2025-02-01',
    plannedBudget: '30000',
    cooperation: 'lodz',
    organisations: [['lodz', 4]],
    deliberation: { number: '2025-CP-031', title: 'Programme de jumelage 2025', amount: '30000', status: 'EXECUTORY', votedOn: '2025-01-23' },
  },
  {
    tenant: 'region',
    code: 'URG-HT-2025',
    title: 'Aide d’urgence après le cyclone en Haïti',
    summary: 'Contribution au fonds d’urgence et distribution d’eau et de kits d’hygiène via la Croix-Rouge.',
    engagementMode: 'INDIRECT',
    actionKind: 'HUMANITARIAN_EMERGENCY',
    status: 'CLOSED',
    thematicDomains: ['HEALTH', 'WATER_SANITATION'],
    sectors: [['72040', '60'], ['72010', '40']],
    sdgs: [[1, '1.5']],
    countries: ['HT'],
    plannedStart: '2024-09-01',
    plannedEnd: '2024-12-31',
    actualStart: '2024-09-05',
    plannedBudget: '50000',
    organisations: [['croix-rouge', 4]],
    deliberation: { number: '2024-CP-088', title: "Aide d'urgence Haïti", amount: '50000', status: 'EXECUTORY', votedOn: '2024-09-02' },
  },
  {
    tenant: 'region',
    code: 'AAP-ASI-2025',
    title: 'Appel à projets « Solidarité internationale » 2025',
    summary: 'Subventions aux associations du territoire pour leurs projets de solidarité internationale.',
    engagementMode: 'SUPPORT_TO_ACTORS',
    actionKind: 'SUPPORT_TO_LOCAL_ACTORS',
    status: 'IN_PROGRESS',
    thematicDomains: ['TRAINING', 'AGRICULTURE'],
    sectors: [['15150', '50'], ['31110', '50']],
    sdgs: [[17, '17.17']],
    countries: ['SN', 'TG', 'MG'],
    plannedStart: '2025-02-01',
    plannedEnd: '2025-12-31',
    actualStart: '2025-04-01',
    plannedBudget: '120000',
    organisations: [['asi-bretagne', 3]],
    deliberation: { number: '2025-CP-017', title: 'Règlement de l’appel à projets 2025', amount: '80000', status: 'EXECUTORY', votedOn: '2025-02-13' },
  },
  {
    tenant: 'region',
    code: 'MUT-MG-2025',
    title: 'État civil et gestion des déchets à Antsirabe (projet mutualisé)',
    summary: 'Projet porté par la Région avec deux communes bretonnes : numérisation de l’état civil et collecte des déchets.',
    engagementMode: 'MUTUALISED',
    actionKind: 'DECENTRALISED_COOPERATION',
    status: 'DIAGNOSTIC',
    thematicDomains: ['TERRITORIAL_GOVERNANCE', 'WASTE'],
    sectors: [['15112', '60'], ['14050', '40']],
    sdgs: [[16, '16.9'], [11, '11.6']],
    countries: ['MG'],
    places: [{ name: 'Antsirabe', countryCode: 'MG', latitude: -19.8659, longitude: 47.0333 }],
    plannedStart: '2025-10-01',
    plannedEnd: '2028-09-30',
    plannedBudget: '150000',
    cooperation: 'antsirabe',
    organisations: [['antsirabe', 2], ['dctciv', 1]],
    partners: [
      {
        tenant: 'kerlouan',
        role: 'PARTNER',
        contributions: [
          [2026, '7500'],
          [2027, '7500'],
        ],
        deliberation: { number: '2025-38', title: 'Participation au projet mutualisé d’Antsirabe (2026)', amount: '7500', status: 'EXECUTORY', votedOn: '2025-11-13', budgetYear: 2026 },
      },
      {
        tenant: 'plouguin',
        role: 'PARTNER',
        contributions: [
          [2026, '5000'],
          [2027, '5000'],
        ],
        deliberation: { number: '2025-51', title: 'Contribution de la commune au projet Antsirabe', amount: '5000', status: 'VOTED', votedOn: '2025-12-04', budgetYear: 2026 },
      },
    ],
  },
  {
    tenant: 'region',
    code: 'JEUN-QC-2026',
    title: 'Échanges de jeunes Armor-Atlantique – Québec',
    summary: 'Mobilité de 20 jeunes en insertion professionnelle, en réciprocité avec le Québec.',
    engagementMode: 'DIRECT',
    actionKind: 'YOUTH_MOBILITY',
    status: 'PROGRAMMED',
    thematicDomains: ['YOUTH_MOBILITY', 'PROFESSIONAL_INTEGRATION'],
    sectors: [['11330', '100']],
    sdgs: [[8, '8.6']],
    countries: ['CA'],
    plannedStart: '2026-04-01',
    plannedEnd: '2026-10-31',
    plannedBudget: '45000',
    organisations: [['quebec', 4]],
    deliberation: { number: '2026-CP-002', title: 'Programme de mobilité Québec', amount: '45000', status: 'SCHEDULED', votedOn: '2026-01-15' },
  },
  {
    tenant: 'region',
    code: 'TRANS-VN-2024',
    title: 'Plan de déplacements urbains de Huế',
    summary: 'Assistance technique au plan de déplacements et étude d’une ligne de bus à haut niveau de service.',
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    status: 'CLOSING',
    thematicDomains: ['URBAN_TRANSPORT', 'TERRITORIAL_GOVERNANCE'],
    sectors: [['21020', '70'], ['43030', '30']],
    sdgs: [[11, '11.2']],
    countries: ['VN'],
    places: [{ name: 'Huế', countryCode: 'VN', latitude: 16.4637, longitude: 107.5909 }],
    plannedStart: '2022-01-01',
    plannedEnd: '2025-12-31',
    actualStart: '2022-03-01',
    plannedBudget: '160000',
    cooperation: 'hue',
    organisations: [['hue', 2], ['afd', 1]],
    deliberation: { number: '2021-CP-140', title: 'Coopération Huế 2022-2025', amount: '120000', status: 'EXECUTORY', votedOn: '2021-11-25' },
  },
  {
    tenant: 'region',
    code: 'PAT-VN-2026',
    title: 'Valorisation du patrimoine de la citadelle de Huế',
    summary: 'Formation des guides et signalétique bilingue.',
    engagementMode: 'DIRECT',
    actionKind: 'DECENTRALISED_COOPERATION',
    status: 'IDENTIFICATION',
    thematicDomains: ['HERITAGE', 'TOURISM'],
    sectors: [['33210', '60'], ['16061', '40']],
    sdgs: [[11, '11.4'], [8, '8.9']],
    countries: ['VN'],
    plannedStart: '2026-06-01',
    plannedEnd: '2027-12-31',
    plannedBudget: '70000',
    cooperation: 'hue',
  },
  {
    tenant: 'region',
    code: 'CLIM-SN-2025',
    title: 'Adaptation au changement climatique dans la région de Saint-Louis',
    summary: 'Reboisement de mangroves et alerte précoce contre les inondations.',
    engagementMode: 'INDIRECT',
    actionKind: 'SUPPORT_TO_LOCAL_ACTORS',
    status: 'EVALUATED',
    thematicDomains: ['CLIMATE', 'ENVIRONMENT_BIODIVERSITY'],
    sectors: [['41030', '50'], ['74020', '50']],
    sdgs: [[13, '13.1'], [14, '14.2']],
    countries: ['SN'],
    plannedStart: '2022-01-01',
    plannedEnd: '2024-12-31',
    actualStart: '2022-02-01',
    plannedBudget: '95000',
    organisations: [['asi-bretagne', 4]],
  },
];

export const DEMO_SHARED_DELIBERATIONS: DemoSharedDeliberation[] = [
  {
    tenant: 'region',
    number: '2025-CP-052',
    title: 'Programme annuel de coopération décentralisée 2025 : subventions aux projets',
    status: 'EXECUTORY',
    votedOn: '2025-03-27',
    budgetYear: 2025,
    projects: [
      ['JUM-PL-2025', '12000'],
      ['CLIM-SN-2025', '25000'],
      ['TRANS-VN-2024', '40000'],
    ],
  },
];

export const DEMO_SERVICE_REVENUES: { tenant: TenantKey; year: number; water: string | null; sanitation: string | null; waste: string | null; energy: string | null }[] = [
  { tenant: 'syndicat', year: 2024, water: '18450000', sanitation: '9320000', waste: null, energy: null },
  { tenant: 'syndicat', year: 2025, water: '19100000', sanitation: '9610000', waste: null, energy: null },
  { tenant: 'region', year: 2025, water: null, sanitation: null, waste: null, energy: '2400000' },
];
