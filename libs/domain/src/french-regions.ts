export const FRENCH_REGION_KINDS = ['METROPOLITAN_REGION', 'OVERSEAS_REGION', 'OVERSEAS_COLLECTIVITY'] as const;
export type FrenchRegionKind = (typeof FRENCH_REGION_KINDS)[number];

/**
 * Where a collectivité lies, by INSEE code (COG 2024): the 18 regions (13 in metropolitan France, the 5 overseas
 * regions and departments) and, since their communes run international action too, the overseas collectivities
 * (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française) and
 * Nouvelle-Calédonie (a collectivity of its own kind), under their COG codes 975 to 988.
 */
export const FRENCH_REGIONS = [
  { code: '84', name: 'Auvergne-Rhône-Alpes', kind: 'METROPOLITAN_REGION' },
  { code: '27', name: 'Bourgogne-Franche-Comté', kind: 'METROPOLITAN_REGION' },
  { code: '53', name: 'Bretagne', kind: 'METROPOLITAN_REGION' },
  { code: '24', name: 'Centre-Val de Loire', kind: 'METROPOLITAN_REGION' },
  { code: '94', name: 'Corse', kind: 'METROPOLITAN_REGION' },
  { code: '44', name: 'Grand Est', kind: 'METROPOLITAN_REGION' },
  { code: '32', name: 'Hauts-de-France', kind: 'METROPOLITAN_REGION' },
  { code: '11', name: 'Île-de-France', kind: 'METROPOLITAN_REGION' },
  { code: '28', name: 'Normandie', kind: 'METROPOLITAN_REGION' },
  { code: '75', name: 'Nouvelle-Aquitaine', kind: 'METROPOLITAN_REGION' },
  { code: '76', name: 'Occitanie', kind: 'METROPOLITAN_REGION' },
  { code: '52', name: 'Pays de la Loire', kind: 'METROPOLITAN_REGION' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", kind: 'METROPOLITAN_REGION' },
  { code: '01', name: 'Guadeloupe', kind: 'OVERSEAS_REGION' },
  { code: '02', name: 'Martinique', kind: 'OVERSEAS_REGION' },
  { code: '03', name: 'Guyane', kind: 'OVERSEAS_REGION' },
  { code: '04', name: 'La Réunion', kind: 'OVERSEAS_REGION' },
  { code: '06', name: 'Mayotte', kind: 'OVERSEAS_REGION' },
  { code: '975', name: 'Saint-Pierre-et-Miquelon', kind: 'OVERSEAS_COLLECTIVITY' },
  { code: '977', name: 'Saint-Barthélemy', kind: 'OVERSEAS_COLLECTIVITY' },
  { code: '978', name: 'Saint-Martin', kind: 'OVERSEAS_COLLECTIVITY' },
  { code: '986', name: 'Wallis-et-Futuna', kind: 'OVERSEAS_COLLECTIVITY' },
  { code: '987', name: 'Polynésie française', kind: 'OVERSEAS_COLLECTIVITY' },
  { code: '988', name: 'Nouvelle-Calédonie', kind: 'OVERSEAS_COLLECTIVITY' },
] as const satisfies readonly { code: string; name: string; kind: FrenchRegionKind }[];

export type FrenchRegionCode = (typeof FRENCH_REGIONS)[number]['code'];

const REGION_CODES: ReadonlySet<string> = new Set(FRENCH_REGIONS.map((region) => region.code));

export function isFrenchRegionCode(code: string): code is FrenchRegionCode {
  return REGION_CODES.has(code);
}

export function frenchRegionName(code: string): string | undefined {
  return FRENCH_REGIONS.find((region) => region.code === code)?.name;
}

/** The regions of one kind, in list order (the pickers group them under a heading per kind). */
export function frenchRegionsOfKind(kind: FrenchRegionKind): readonly (typeof FRENCH_REGIONS)[number][] {
  return FRENCH_REGIONS.filter((region) => region.kind === kind);
}
