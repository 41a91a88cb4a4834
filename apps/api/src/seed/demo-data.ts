import type { MemberRoleName, TenantKindName } from '@passerelles/domain/member-role';
import { completeSiren } from '@passerelles/domain/siren';

/** Demo-only password shared by every demo account: printed by `./passerelles start`, never for production. */
export const DEMO_PASSWORD = 'demo-passerelles-2026';

export interface DemoTenant {
  key: 'region' | 'syndicat' | 'kerlouan' | 'plouguin';
  name: string;
  kind: TenantKindName;
  siren: string;
  regionCode: string;
}

export interface DemoUser {
  email: string;
  name: string;
  memberships: { tenant: DemoTenant['key']; role: MemberRoleName }[];
}

export const DEMO_TENANTS: DemoTenant[] = [
  { key: 'region', name: 'Région Armor-Atlantique', kind: 'REGION', siren: completeSiren('20005370'), regionCode: '53' },
  { key: 'syndicat', name: 'Syndicat des eaux du Val de Brière', kind: 'SYNDICAT', siren: completeSiren('25440001'), regionCode: '52' },
  // Two small communes, partners of the Région's mutualised project in Madagascar.
  { key: 'kerlouan', name: 'Commune de Kerlouan-Bihan', kind: 'COMMUNE', siren: completeSiren('21290101'), regionCode: '53' },
  { key: 'plouguin', name: 'Commune de Plouguin-sur-Aber', kind: 'COMMUNE', siren: completeSiren('21290202'), regionCode: '53' },
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@armor-atlantique.demo', name: 'Claire Le Goff', memberships: [{ tenant: 'region', role: 'ADMIN' }] },
  { email: 'technicien@armor-atlantique.demo', name: 'Yann Morvan', memberships: [{ tenant: 'region', role: 'TECHNICIAN' }] },
  { email: 'elu@armor-atlantique.demo', name: 'Hélène Quéré', memberships: [{ tenant: 'region', role: 'ELECTED_REFERENT' }] },
  {
    email: 'evaluatrice@cabinet-evaluation.demo',
    name: 'Aïssatou Diallo',
    memberships: [
      { tenant: 'region', role: 'EVALUATOR' },
      { tenant: 'syndicat', role: 'EVALUATOR' },
    ],
  },
  { email: 'admin@eaux-val-de-briere.demo', name: 'Marc Guérin', memberships: [{ tenant: 'syndicat', role: 'ADMIN' }] },
  { email: 'technicienne@eaux-val-de-briere.demo', name: 'Sophie Bernard', memberships: [{ tenant: 'syndicat', role: 'TECHNICIAN' }] },
  { email: 'elu@eaux-val-de-briere.demo', name: 'Jean-Luc Rivière', memberships: [{ tenant: 'syndicat', role: 'ELECTED_REFERENT' }] },
  { email: 'mairie@kerlouan-bihan.demo', name: 'Gaëlle Abiven', memberships: [{ tenant: 'kerlouan', role: 'ADMIN' }] },
  { email: 'mairie@plouguin-sur-aber.demo', name: 'Ronan Le Roux', memberships: [{ tenant: 'plouguin', role: 'ADMIN' }] },
];
