import { participationPermissions, type ParticipationFacts } from '../participation-rules';

const LEAD = 'lead';
const PARTNER = 'partner';
const OTHER = 'other';
const partnerRow = (status: ParticipationFacts['status'], role: ParticipationFacts['role'] = 'PARTNER'): ParticipationFacts => ({ tenantId: PARTNER, leadTenantId: LEAD, role, status });

describe('participationPermissions', () => {
  it.each([
    ['lead admin, active partner', partnerRow('ACTIVE'), LEAD, 'ADMIN', { canRevoke: true, canLeave: false, canRespond: false, canSetContribution: true }],
    ['lead technician, active partner', partnerRow('ACTIVE'), LEAD, 'TECHNICIAN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: true }],
    ['lead referent', partnerRow('ACTIVE'), LEAD, 'ELECTED_REFERENT', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: false }],
    ['lead admin, invited partner', partnerRow('INVITED'), LEAD, 'ADMIN', { canRevoke: true, canLeave: false, canRespond: false, canSetContribution: true }],
    ['lead admin, revoked partner', partnerRow('REVOKED'), LEAD, 'ADMIN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: false }],
    ['partner admin, invited', partnerRow('INVITED'), PARTNER, 'ADMIN', { canRevoke: false, canLeave: false, canRespond: true, canSetContribution: false }],
    ['partner admin, active', partnerRow('ACTIVE'), PARTNER, 'ADMIN', { canRevoke: false, canLeave: true, canRespond: false, canSetContribution: true }],
    ['partner technician, active', partnerRow('ACTIVE'), PARTNER, 'TECHNICIAN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: true }],
    ['partner admin, left', partnerRow('LEFT'), PARTNER, 'ADMIN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: false }],
    ['observer row, lead admin', partnerRow('ACTIVE', 'OBSERVER'), LEAD, 'ADMIN', { canRevoke: true, canLeave: false, canRespond: false, canSetContribution: false }],
    ['the lead row, lead admin', { tenantId: LEAD, leadTenantId: LEAD, role: 'LEAD', status: 'ACTIVE' }, LEAD, 'ADMIN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: true }],
    ['another collectivité', partnerRow('ACTIVE'), OTHER, 'ADMIN', { canRevoke: false, canLeave: false, canRespond: false, canSetContribution: false }],
  ] as const)('%s', (_label, participation, tenantId, role, expected) => {
    expect(participationPermissions(participation, { tenantId, role })).toEqual(expected);
  });
});
