import { Database } from '@passerelles/db/database';
import { todayInParis } from '@passerelles/domain/calendar-date';
import { fromIsoDate } from '../database/column-values';
import { DEMO_TENANTS } from './demo-data';
import { DEMO_COOPERATIONS, DEMO_ORGANISATIONS, DEMO_PROJECTS, DEMO_SERVICE_REVENUES, DEMO_SHARED_DELIBERATIONS, type DemoDeliberation, type DemoProject } from './demo-cooperation-data';
import type { Tx } from '@passerelles/db/database';

type TenantIds = Map<string, string>;

/** Adds the demo organisations, coopérations, conventions, projects and deliberations that are missing. */
export async function seedDemoCooperation(database: Database, tenantIds: TenantIds): Promise<void> {
  const organisationIds = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const tenantId = tenantIds.get(organisation.tenant)!;
    const id = await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, async () => {
      const tx = database.tx();
      const existing = await tx.organisation.findFirst({ where: { tenantId, name: organisation.name } });
      if (existing) return existing.id;
      const { key: _key, tenant: _tenant, contact, ...fields } = organisation;
      const created = await tx.organisation.create({ data: { tenantId, ...fields } });
      if (contact) await tx.organisationContact.create({ data: { tenantId, organisationId: created.id, ...contact } });
      return created.id;
    });
    organisationIds.set(organisation.key, id);
  }

  const cooperationIds = new Map<string, string>();
  const today = todayInParis();
  for (const cooperation of DEMO_COOPERATIONS) {
    const tenantId = tenantIds.get(cooperation.tenant)!;
    const tenantName = DEMO_TENANTS.find((tenant) => tenant.key === cooperation.tenant)!.name;
    const id = await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, async () => {
      const tx = database.tx();
      const existing = await tx.cooperation.findFirst({ where: { tenantId, name: cooperation.name } });
      if (existing) return existing.id;
      const partnerOrganisationId = cooperation.partner ? organisationIds.get(cooperation.partner)! : null;
      const created = await tx.cooperation.create({
        data: {
          tenantId,
          name: cooperation.name,
          partnerTerritory: cooperation.partnerTerritory,
          countryCode: cooperation.countryCode,
          partnerOrganisationId,
          startedOn: fromIsoDate(cooperation.startedOn),
          description: cooperation.description,
        },
      });
      const terms = cooperation.convention;
      if (terms) {
        const endsOn = new Date(Date.parse(`${today}T00:00:00Z`) + terms.endsInDays * 86_400_000);
        const common = { tenantId, cooperationId: created.id, startsOn: fromIsoDate(terms.startsOn), endsOn };
        const parties = async (conventionId: string) =>
          tx.conventionParty.createMany({
            data: [
              { tenantId, conventionId, position: 0, name: tenantName, commitments: 'Appui technique et financier' },
              { tenantId, conventionId, position: 1, organisationId: partnerOrganisationId, name: cooperation.partnerTerritory, expectedResults: terms.partnerResults },
            ],
          });
        const convention = await tx.convention.create({
          data: {
            ...common,
            title: terms.title,
            status: terms.signedOn ? 'SIGNED' : 'DRAFT',
            signedOn: fromIsoDate(terms.signedOn),
            objectives: terms.objectives,
            forecastCommitment: terms.forecastCommitment,
            prefectureTransmittedOn: fromIsoDate(terms.transmittedOn),
          },
        });
        await parties(convention.id);
        // A signed amendment: version 2, which supersedes the initial convention.
        if (terms.amendment) {
          const amendment = await tx.convention.create({
            data: {
              ...common,
              title: terms.amendment.title,
              kind: 'AMENDMENT',
              versionNumber: 2,
              previousVersionId: convention.id,
              status: 'SIGNED',
              signedOn: fromIsoDate(terms.amendment.signedOn),
              objectives: terms.amendment.objectives,
              forecastCommitment: terms.amendment.forecastCommitment,
              prefectureTransmittedOn: fromIsoDate(terms.amendment.transmittedOn),
            },
          });
          await parties(amendment.id);
        }
      }
      return created.id;
    });
    cooperationIds.set(cooperation.key, id);
  }

  for (const project of DEMO_PROJECTS) await seedProject(database, tenantIds, organisationIds, cooperationIds, project);
  for (const deliberation of DEMO_SHARED_DELIBERATIONS) {
    const tenantId = tenantIds.get(deliberation.tenant)!;
    await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, async () => {
      const tx = database.tx();
      const year = Number(deliberation.votedOn.slice(0, 4));
      if (await tx.deliberation.findUnique({ where: { tenantId_year_number: { tenantId, year, number: deliberation.number } } })) return;
      const projects = await tx.project.findMany({ where: { tenantId, code: { in: deliberation.projects.map(([code]) => code) } }, select: { id: true, code: true } });
      const links = deliberation.projects.flatMap(([code, amount]) => projects.filter((project) => project.code === code).map((project) => ({ projectId: project.id, amount })));
      await createDeliberation(tx, tenantId, 'PERMANENT_COMMISSION', 'GRANT', { ...deliberation, amount: '0' }, links);
    });
  }

  for (const revenue of DEMO_SERVICE_REVENUES) {
    const tenantId = tenantIds.get(revenue.tenant)!;
    const amounts = { waterRevenue: revenue.water, sanitationRevenue: revenue.sanitation, wasteRevenue: revenue.waste, energyRevenue: revenue.energy };
    await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, () =>
      database.tx().serviceRevenue.upsert({ where: { tenantId_year: { tenantId, year: revenue.year } }, create: { tenantId, year: revenue.year, ...amounts }, update: {} }),
    );
  }
}

async function seedProject(database: Database, tenantIds: TenantIds, organisationIds: Map<string, string>, cooperationIds: Map<string, string>, project: DemoProject): Promise<void> {
  const tenantId = tenantIds.get(project.tenant)!;
  const tenantName = DEMO_TENANTS.find((tenant) => tenant.key === project.tenant)!.name;
  await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, async () => {
    const tx = database.tx();
    if (await tx.project.findUnique({ where: { tenantId_code: { tenantId, code: project.code } } })) return;
    const created = await tx.project.create({
      data: {
        tenantId,
        code: project.code,
        title: project.title,
        summary: project.summary,
        engagementMode: project.engagementMode,
        actionKind: project.actionKind,
        thematicDomains: project.thematicDomains,
        status: project.status,
        plannedStart: fromIsoDate(project.plannedStart),
        plannedEnd: fromIsoDate(project.plannedEnd),
        actualStart: fromIsoDate(project.actualStart ?? null),
        plannedBudget: project.plannedBudget,
        cooperationId: project.cooperation ? cooperationIds.get(project.cooperation)! : null,
        published: project.status !== 'IDENTIFICATION',
      },
    });
    const projectId = created.id;
    await tx.projectParticipation.create({
      data: { tenantId, leadTenantId: tenantId, projectId, role: 'LEAD', status: 'ACTIVE', participantName: tenantName, leadName: tenantName, projectCode: project.code, projectTitle: project.title, respondedAt: new Date() },
    });
    await tx.projectSector.createMany({ data: project.sectors.map(([sectorCode, percentage]) => ({ tenantId, projectId, sectorCode, percentage })) });
    await tx.projectSdg.createMany({ data: project.sdgs.map(([goal, target]) => ({ tenantId, projectId, goal, target })) });
    await tx.projectCountry.createMany({ data: project.countries.map((countryCode) => ({ tenantId, projectId, countryCode })) });
    await tx.projectPlace.createMany({ data: (project.places ?? []).map((place) => ({ tenantId, projectId, ...place })) });
    for (const [key, iatiRole] of project.organisations ?? []) {
      const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationIds.get(key)! } });
      await tx.projectOrganisation.create({
        data: { tenantId, projectId, organisationId: organisation.id, iatiRole, name: organisation.name, countryCode: organisation.countryCode, iatiTypeCode: organisation.iatiTypeCode },
      });
    }
    const team = await tx.membership.findMany({ where: { tenantId, role: { in: ['TECHNICIAN', 'ELECTED_REFERENT', 'EVALUATOR'] } }, include: { user: { select: { name: true } } } });
    for (const member of team) {
      const role = member.role === 'TECHNICIAN' ? 'TECHNICIAN_IN_CHARGE' : member.role === 'ELECTED_REFERENT' ? 'ELECTED_REFERENT' : 'EVALUATOR';
      // Evaluators are assigned to the finished projects only, so that the demo shows their narrower view.
      if (role === 'EVALUATOR' && !['CLOSED', 'EVALUATED', 'CLOSING'].includes(project.status)) continue;
      await tx.projectTeamMember.create({ data: { tenantId, projectId, userId: member.userId, role, displayName: member.user.name } });
    }
    if (project.status !== 'IDENTIFICATION') {
      await tx.projectStatusChange.create({ data: { tenantId, projectId, fromStatus: 'IDENTIFICATION', toStatus: project.status, overrideReason: null } });
    }
    const deliberation = project.deliberation;
    if (deliberation) {
      const assembly = project.tenant === 'syndicat' ? 'SYNDICATE_COMMITTEE' : 'PERMANENT_COMMISSION';
      const object = project.actionKind === 'HUMANITARIAN_EMERGENCY' ? 'EMERGENCY_AID' : project.engagementMode === 'SUPPORT_TO_ACTORS' ? 'GRANT' : 'BUDGET';
      await createDeliberation(tx, tenantId, assembly, object, deliberation, [{ projectId, amount: deliberation.amount }]);
    }
    await tx.auditEvent.create({ data: { tenantId, entity: 'Project', entityId: projectId, action: 'SEED', after: { code: project.code }, projectId } });
  });
  // Partners: the lead invites (its transaction), each partner accepts and covers its share (its own).
  for (const partner of project.partners ?? []) {
    const partnerTenantId = tenantIds.get(partner.tenant)!;
    const partnerName = DEMO_TENANTS.find((tenant) => tenant.key === partner.tenant)!.name;
    const participation = await database.maintenanceTransaction({ tenantId, role: 'ADMIN' }, async () => {
      const tx = database.tx();
      const projectId = (await tx.project.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code: project.code } } })).id;
      const existing = await tx.projectParticipation.findFirst({ where: { tenantId: partnerTenantId, projectId } });
      if (existing) return null;
      return tx.projectParticipation.create({
        data: { tenantId: partnerTenantId, leadTenantId: tenantId, projectId, role: partner.role, status: 'INVITED', participantName: partnerName, leadName: tenantName, projectCode: project.code, projectTitle: project.title },
      });
    });
    if (!participation) continue;
    await database.maintenanceTransaction({ tenantId: partnerTenantId, role: 'ADMIN' }, async () => {
      const tx = database.tx();
      await tx.projectParticipation.update({ where: { id: participation.id }, data: { status: 'ACTIVE', respondedAt: new Date() } });
      await tx.participationContribution.createMany({
        data: partner.contributions.map(([year, amount]) => ({ tenantId: partnerTenantId, leadTenantId: tenantId, projectId: participation.projectId, participationId: participation.id, year, amount })),
      });
      if (partner.deliberation) {
        await createDeliberation(tx, partnerTenantId, 'MUNICIPAL_COUNCIL', 'BUDGET', partner.deliberation, [{ projectId: participation.projectId, amount: partner.deliberation.amount }]);
      }
    });
  }
}

/** A deliberation at its status, with the dates that status records (transmitted and executory the day it is voted). */
async function createDeliberation(
  tx: Tx,
  tenantId: string,
  assembly: 'SYNDICATE_COMMITTEE' | 'PERMANENT_COMMISSION' | 'MUNICIPAL_COUNCIL',
  object: 'EMERGENCY_AID' | 'GRANT' | 'BUDGET',
  deliberation: DemoDeliberation,
  projects: { projectId: string; amount: string }[],
): Promise<void> {
  const voted = deliberation.status === 'VOTED' || deliberation.status === 'EXECUTORY';
  const created = await tx.deliberation.create({
    data: {
      tenantId,
      number: deliberation.number,
      year: Number(deliberation.votedOn.slice(0, 4)),
      title: deliberation.title,
      assembly,
      object,
      status: deliberation.status,
      sessionDate: fromIsoDate(deliberation.votedOn),
      votedOn: voted ? fromIsoDate(deliberation.votedOn) : null,
      transmittedOn: deliberation.status === 'EXECUTORY' ? fromIsoDate(deliberation.votedOn) : null,
      executoryOn: deliberation.status === 'EXECUTORY' ? fromIsoDate(deliberation.votedOn) : null,
      budgetYear: deliberation.budgetYear ?? Number(deliberation.votedOn.slice(0, 4)),
    },
  });
  await tx.deliberationProject.createMany({ data: projects.map((project, position) => ({ tenantId, deliberationId: created.id, projectId: project.projectId, amount: project.amount, position })) });
}
