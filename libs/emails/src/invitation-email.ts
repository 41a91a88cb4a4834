import type { MemberRoleName } from '@passerelles/domain/member-role';
import { renderEmailHtml, renderEmailText, type EmailLayoutInput } from './email-layout';
import type { RenderedEmail } from './rendered-email';

const ROLE_LABELS: Record<MemberRoleName, string> = {
  ADMIN: 'administrateur·rice',
  TECHNICIAN: 'chargé·e de mission',
  ELECTED_REFERENT: 'élu·e référent·e',
  EVALUATOR: 'évaluateur·rice',
};

export interface InvitationEmailInput {
  tenantName: string;
  inviterName: string;
  role: MemberRoleName;
  acceptUrl: string;
  expiresAt: Date;
}

export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const expiry = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(input.expiresAt);
  const layout: EmailLayoutInput = {
    preheader: `${input.inviterName} vous invite à rejoindre ${input.tenantName} sur Passerelles.`,
    title: `Invitation à rejoindre ${input.tenantName}`,
    paragraphs: [
      'Bonjour,',
      `${input.inviterName} vous invite à rejoindre l'espace de ${input.tenantName} sur Passerelles, l'outil de suivi de l'action internationale de la collectivité, en tant que ${ROLE_LABELS[input.role]}.`,
      `Cette invitation est valable jusqu'au ${expiry} et ne peut servir qu'une fois.`,
    ],
    action: { label: "Accepter l'invitation", url: input.acceptUrl },
    footer: "Vous recevez ce message parce qu'une collectivité vous a invité·e sur Passerelles. Si vous ne l'attendiez pas, ignorez-le : aucun compte ne sera créé.",
  };
  return { subject: `Invitation à rejoindre ${input.tenantName} sur Passerelles`, html: renderEmailHtml(layout), text: renderEmailText(layout) };
}
