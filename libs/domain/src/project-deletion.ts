import type { ProjectStatusName } from './project-lifecycle';

/**
 * What is attached to a project beyond its own description. The description (sectors, SDGs, countries, places,
 * participating organisations, team, and the lead's own participation row) goes with the project when it is
 * deleted; anything counted here means the project has a history worth keeping — an assembly's vote, filed
 * documents, other collectivités invited or taking part, moves through the lifecycle — so it is cancelled
 * (CANCELLED through the lifecycle) instead of deleted. A new kind of project-child record that carries such
 * history (logframe measurements, expenses, evaluations…) adds its count here.
 */
export interface ProjectAttachments {
  /** Deliberations covering the project. */
  deliberations: number;
  /** Documents filed on the project. */
  documents: number;
  /** Participations other than the lead's own, whatever their status (invited, active, declined, revoked, left). */
  participations: number;
  /** Recorded status changes: creation records none, so any row means the project has moved. */
  statusChanges: number;
}

export type ProjectAttachmentKind = keyof ProjectAttachments;

export const PROJECT_ATTACHMENT_KINDS = ['deliberations', 'documents', 'participations', 'statusChanges'] as const satisfies readonly ProjectAttachmentKind[];

const ATTACHMENT_WORDS: Readonly<Record<ProjectAttachmentKind, string>> = {
  deliberations: 'une délibération',
  documents: 'des documents',
  participations: "d'autres collectivités invitées ou participantes",
  statusChanges: "un historique d'étapes",
};

export type ProjectDeletionVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'NOT_IN_IDENTIFICATION' | 'HAS_ATTACHMENTS'; attached: ProjectAttachmentKind[]; message: string };

/** The kinds of attachments present, in a stable order. */
export function attachedKinds(attachments: ProjectAttachments): ProjectAttachmentKind[] {
  return PROJECT_ATTACHMENT_KINDS.filter((kind) => attachments[kind] > 0);
}

function frenchList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
}

/** Only a project still in IDENTIFICATION with nothing attached may be deleted; the others are cancelled. */
export function judgeProjectDeletion(status: ProjectStatusName, attachments: ProjectAttachments): ProjectDeletionVerdict {
  const attached = attachedKinds(attachments);
  if (status !== 'IDENTIFICATION') {
    const message =
      status === 'CANCELLED'
        ? 'Ce projet est annulé : il reste dans la liste des projets, pour garder sa trace, et ne se supprime pas.'
        : "Seul un projet à l'étape « Identification » peut être supprimé. Annulez plutôt celui-ci (étape « Annulé ») : son historique sera conservé.";
    return { allowed: false, reason: 'NOT_IN_IDENTIFICATION', attached, message };
  }
  if (attached.length > 0) {
    const words = frenchList(attached.map((kind) => ATTACHMENT_WORDS[kind]));
    return {
      allowed: false,
      reason: 'HAS_ATTACHMENTS',
      attached,
      message: `Ce projet ne peut pas être supprimé : il a déjà ${words}. Annulez-le plutôt (étape « Annulé ») : son historique sera conservé.`,
    };
  }
  return { allowed: true };
}

/** Whether the delete action is offered at all (the same rule, for the `canDelete` field). */
export function isProjectDeletable(status: ProjectStatusName, attachments: ProjectAttachments): boolean {
  return judgeProjectDeletion(status, attachments).allowed;
}
