import { SECTOR_CODELIST } from './generated/sector';

/**
 * The "1 %" mechanisms (CGCT art. L1115-1-1): a collectivité running a water, sanitation, waste or energy public
 * service may spend up to 1 % of that service's budget on international cooperation in the same field. Water and
 * sanitation are separate budgets, hence separate mechanisms, though both fund water and sanitation actions.
 */
export const ONE_PERCENT_MECHANISMS = ['WATER', 'SANITATION', 'WASTE', 'ENERGY'] as const;
export type OnePercentMechanism = (typeof ONE_PERCENT_MECHANISMS)[number];

// French typography puts a no-break space before the percent sign, so the label never wraps between 1 and %.
const ONE_PERCENT = '1\u00a0%';

const WATER_AND_SANITATION_LAW = 'Loi Oudin-Santini (loi n° 2005-95 du 9 février 2005)';

interface MechanismDefinition {
  readonly label: string;
  /** The public service whose revenue is the base of the ceiling. */
  readonly service: string;
  readonly legalBasis: string;
  /** The active DAC purpose codes the mechanism may fund. */
  readonly sectors: ReadonlySet<string>;
}

function activeSectorsWhere(fundable: (code: number) => boolean): ReadonlySet<string> {
  return new Set(SECTOR_CODELIST.filter((sector) => !sector.withdrawn && fundable(Number(sector.code))).map((sector) => sector.code));
}

// Water and sanitation fund the 140xx codes, except solid waste management (14050): "assainissement" is about
// wastewater, and waste has its own mechanism.
const WATER_AND_SANITATION_SECTORS = activeSectorsWhere((code) => code >= 14000 && code <= 14099 && code !== 14050);

// The amendement Pintat (CGCT L1115-1-1) opens the energy mechanism to actions in public electricity and gas
// distribution: electric power transmission and distribution (23630 centralised grids, 23631 isolated
// mini-grids) and retail gas distribution (23640). Energy policy (231xx) and renewable generation (232xx) stay
// fundable when they serve such a distribution project. Heat networks (23610, 23620), fossil fuel retail (23641)
// and e-mobility infrastructure (23642) are not electricity or gas distribution.
const ENERGY_DISTRIBUTION_CODES: ReadonlySet<number> = new Set([23630, 23631, 23640]);
const ENERGY_SECTORS = activeSectorsWhere((code) => (code >= 23100 && code <= 23299) || ENERGY_DISTRIBUTION_CODES.has(code));

const MECHANISMS: Readonly<Record<OnePercentMechanism, MechanismDefinition>> = {
  WATER: {
    label: `${ONE_PERCENT} eau`,
    service: "Service public d'eau potable",
    legalBasis: WATER_AND_SANITATION_LAW,
    sectors: WATER_AND_SANITATION_SECTORS,
  },
  SANITATION: {
    label: `${ONE_PERCENT} assainissement`,
    service: "Service public d'assainissement",
    legalBasis: WATER_AND_SANITATION_LAW,
    sectors: WATER_AND_SANITATION_SECTORS,
  },
  WASTE: {
    label: `${ONE_PERCENT} déchets`,
    service: 'Service public de collecte et de traitement des déchets ménagers',
    legalBasis: 'LOP-DSI (loi n° 2014-773 du 7 juillet 2014)',
    sectors: activeSectorsWhere((code) => code === 14050),
  },
  ENERGY: {
    label: `${ONE_PERCENT} énergie`,
    service: "Service public de distribution d'électricité et de gaz",
    legalBasis: 'Amendement Pintat (loi n° 2006-1537 du 7 décembre 2006)',
    sectors: ENERGY_SECTORS,
  },
};

export function isOnePercentMechanism(value: unknown): value is OnePercentMechanism {
  return typeof value === 'string' && (ONE_PERCENT_MECHANISMS as readonly string[]).includes(value);
}

/** Whether spending on an action with this purpose code may be charged to the mechanism (active codes only). */
export function mechanismAllowsSector(mechanism: OnePercentMechanism, sectorCode: string): boolean {
  return MECHANISMS[mechanism].sectors.has(sectorCode);
}

/** The purpose codes a mechanism may fund, in code order, e.g. to narrow a picker. */
export function sectorsAllowedBy(mechanism: OnePercentMechanism): readonly string[] {
  return [...MECHANISMS[mechanism].sectors];
}

export function onePercentMechanismLabel(mechanism: OnePercentMechanism): string {
  return MECHANISMS[mechanism].label;
}

export function onePercentMechanismService(mechanism: OnePercentMechanism): string {
  return MECHANISMS[mechanism].service;
}

export function onePercentMechanismLegalBasis(mechanism: OnePercentMechanism): string {
  return MECHANISMS[mechanism].legalBasis;
}
