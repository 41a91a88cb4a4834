import { z } from 'zod';
import { normalizeEmail } from '@passerelles/domain/email-address';
import { isFrenchRegionCode } from '@passerelles/domain/french-regions';
import { MEMBER_ROLES, TENANT_KINDS } from '@passerelles/domain/member-role';
import { PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@passerelles/domain/password-policy';
import { isValidSiren, normalizeSiren } from '@passerelles/domain/siren';
import { useFrenchValidationMessages } from '../french-validation';
import { requiredText } from './common-fields';

useFrenchValidationMessages();

const trimmed = (min: number, max: number) => requiredText(min, max);

export const emailField = z.string().trim().max(254).pipe(z.email()).transform(normalizeEmail);

/** A password being chosen: the policy of libs/domain (length, blanks, repetitions, common passwords). */
export const newPasswordField = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: 'custom', message: PASSWORD_PROBLEM_MESSAGES[problem] });
});

export const sirenField = z
  .string()
  .transform(normalizeSiren)
  .refine(isValidSiren, 'SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle (vérifiez la saisie).');

export const regionCodeField = z.string().refine(isFrenchRegionCode, 'Région inconnue.');

export const personNameField = trimmed(2, 120);

export const signUpSchema = z
  .object({
    tenantName: trimmed(2, 200),
    tenantKind: z.enum(TENANT_KINDS),
    siren: sirenField,
    regionCode: regionCodeField,
    adminName: personNameField,
    email: emailField,
    password: newPasswordField,
  })
  .refine((input) => input.password.trim().toLowerCase() !== input.email, {
    path: ['password'],
    message: "Le mot de passe ne peut pas être l'adresse e-mail.",
  });

export const loginSchema = z.object({
  email: emailField,
  // No minimum here: the rule applies when a password is chosen, not when it is typed to log in.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const inviteMemberSchema = z.object({
  email: emailField,
  role: z.enum(MEMBER_ROLES),
});

/** The secrets of e-mailed links (invitation, sign-up confirmation, password reset): 32 random bytes in base64url. */
const linkSecretField = (message: string) => z.string().regex(/^[A-Za-z0-9_-]{43}$/, message);

export const invitationTokenField = linkSecretField("Lien d'invitation invalide.");
export const signUpTokenField = linkSecretField('Lien de confirmation invalide : ouvrez le lien reçu par e-mail en entier.');
export const passwordResetTokenField = linkSecretField('Lien de réinitialisation invalide : ouvrez le lien reçu par e-mail en entier.');

export const requestPasswordResetSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  token: passwordResetTokenField,
  password: newPasswordField,
});

export const acceptInvitationSchema = z.object({
  token: invitationTokenField,
  /** Required only when the invited address has no account yet (checked by the service). */
  name: personNameField.optional(),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const changeMemberRoleSchema = z.object({
  membershipId: z.uuid(),
  role: z.enum(MEMBER_ROLES),
});

export type SignUpValues = z.infer<typeof signUpSchema>;
export type LoginValues = z.infer<typeof loginSchema>;
export type InviteMemberValues = z.infer<typeof inviteMemberSchema>;
export type AcceptInvitationValues = z.infer<typeof acceptInvitationSchema>;
export type RequestPasswordResetValues = z.infer<typeof requestPasswordResetSchema>;
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
