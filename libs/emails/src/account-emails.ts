import { renderEmailHtml, renderEmailText, type EmailLayoutInput } from './email-layout';
import type { RenderedEmail } from './rendered-email';

/** "1er juillet 2026 à 10:00": Intl writes "1 juillet", French typography wants the ordinal. */
const parisDateTime = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date).replace(/^1 /, '1er ');

function render(subject: string, layout: EmailLayoutInput): RenderedEmail {
  return { subject, html: renderEmailHtml(layout), text: renderEmailText(layout) };
}

export interface SignUpConfirmationEmailInput {
  tenantName: string;
  confirmUrl: string;
  expiresAt: Date;
}

/** To a new address: the link that creates the collectivité's space and its administrator's account. */
export function renderSignUpConfirmationEmail(input: SignUpConfirmationEmailInput): RenderedEmail {
  return render(`Confirmez l'inscription de ${input.tenantName} sur Passerelles`, {
    preheader: `Un clic pour créer l'espace de ${input.tenantName} sur Passerelles.`,
    title: "Confirmez l'inscription de votre collectivité",
    paragraphs: [
      'Bonjour,',
      `Vous avez demandé à inscrire ${input.tenantName} sur Passerelles, l'outil de suivi de l'action internationale des collectivités. Confirmez votre adresse e-mail pour créer son espace et votre compte d'administrateur·rice.`,
      `Ce lien est valable jusqu'au ${parisDateTime(input.expiresAt)} et ne peut servir qu'une fois.`,
    ],
    action: { label: "Confirmer l'inscription", url: input.confirmUrl },
    footer: "Vous recevez ce message parce que votre adresse a été saisie dans le formulaire d'inscription de Passerelles. Si ce n'était pas vous, ignorez-le : rien ne sera créé.",
  });
}

export interface AccountExistsEmailInput {
  loginUrl: string;
  resetUrl: string;
}

/**
 * To an address that already has an account, instead of a confirmation: the sign-up form answered the same as
 * for a new address, so that it never tells who has an account; the owner learns it here.
 */
export function renderAccountExistsEmail(input: AccountExistsEmailInput): RenderedEmail {
  return render('Vous avez déjà un compte Passerelles', {
    preheader: 'Une inscription a été demandée avec votre adresse, qui a déjà un compte.',
    title: 'Vous avez déjà un compte Passerelles',
    paragraphs: [
      'Bonjour,',
      "Quelqu'un, sans doute vous, a demandé à inscrire une collectivité sur Passerelles avec cette adresse e-mail. Elle a déjà un compte : aucune nouvelle inscription n'a été faite.",
      `Connectez-vous avec votre mot de passe. Si vous l'avez oublié, choisissez-en un nouveau : ${input.resetUrl}`,
      "Pour ajouter une autre collectivité à votre compte, demandez une invitation à l'un·e de ses administrateur·rices.",
    ],
    action: { label: 'Se connecter', url: input.loginUrl },
    footer: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas changé.",
  });
}

export interface PasswordResetEmailInput {
  resetUrl: string;
  expiresAt: Date;
}

export function renderPasswordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  return render('Choisir un nouveau mot de passe Passerelles', {
    preheader: 'Le lien pour choisir un nouveau mot de passe, valable une heure.',
    title: 'Choisissez un nouveau mot de passe',
    paragraphs: [
      'Bonjour,',
      'Une réinitialisation du mot de passe de votre compte Passerelles a été demandée. Ce lien vous permet d\'en choisir un nouveau ; toutes vos sessions ouvertes seront alors fermées.',
      `Il est valable jusqu'au ${parisDateTime(input.expiresAt)} et ne peut servir qu'une fois.`,
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: input.resetUrl },
    footer: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
  });
}
