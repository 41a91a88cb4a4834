import { attachedKinds, isProjectDeletable, judgeProjectDeletion, type ProjectAttachments } from '../project-deletion';
import { PROJECT_STATUSES } from '../project-lifecycle';

const nothing: ProjectAttachments = { deliberations: 0, documents: 0, participations: 0, statusChanges: 0 };

describe('judgeProjectDeletion', () => {
  it.each<[string, Partial<ProjectAttachments>, string[]]>([
    ['nothing attached', {}, []],
    ['a deliberation', { deliberations: 1 }, ['deliberations']],
    ['documents', { documents: 3 }, ['documents']],
    ['an invitation to another collectivité', { participations: 1 }, ['participations']],
    ['a move through the lifecycle', { statusChanges: 2 }, ['statusChanges']],
    ['everything', { deliberations: 1, documents: 1, participations: 1, statusChanges: 1 }, ['deliberations', 'documents', 'participations', 'statusChanges']],
  ])('in IDENTIFICATION with %s', (_label, counts, attached) => {
    const attachments = { ...nothing, ...counts };
    expect(attachedKinds(attachments)).toEqual(attached);
    const verdict = judgeProjectDeletion('IDENTIFICATION', attachments);
    expect(verdict.allowed).toBe(attached.length === 0);
    if (!verdict.allowed) expect(verdict).toMatchObject({ reason: 'HAS_ATTACHMENTS', attached });
    expect(isProjectDeletable('IDENTIFICATION', attachments)).toBe(attached.length === 0);
  });

  it.each(PROJECT_STATUSES.filter((status) => status !== 'IDENTIFICATION'))('refuses a project at step %s, even with nothing attached', (status) => {
    expect(judgeProjectDeletion(status, nothing)).toMatchObject({ allowed: false, reason: 'NOT_IN_IDENTIFICATION' });
    expect(isProjectDeletable(status, nothing)).toBe(false);
  });

  it('tells in French what is attached and to cancel instead', () => {
    const verdict = judgeProjectDeletion('IDENTIFICATION', { ...nothing, deliberations: 1, documents: 2, participations: 1 });
    expect(verdict.allowed === false && verdict.message).toBe(
      "Ce projet ne peut pas être supprimé : il a déjà une délibération, des documents et d'autres collectivités invitées ou participantes. Annulez-le plutôt (étape « Annulé ») : son historique sera conservé.",
    );
    const programmed = judgeProjectDeletion('PROGRAMMED', nothing);
    expect(programmed.allowed === false && programmed.message).toMatch(/Annulez plutôt celui-ci \(étape « Annulé »\)/);
  });
});
