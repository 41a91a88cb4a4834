import { acceptInvitationSchema, loginSchema, signUpSchema } from '../schemas/account.schemas';

const validSignUp = {
  tenantName: '  Région Île-de-France ',
  tenantKind: 'REGION',
  siren: '237 500 079',
  regionCode: '11',
  adminName: 'Anne Martin',
  email: ' Anne.Martin@Iledefrance.FR ',
  password: 'une phrase de passe longue',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('signUpSchema', () => {
  it('normalises a valid sign-up', () => {
    const result = signUpSchema.safeParse(validSignUp);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ tenantName: 'Région Île-de-France', siren: '237500079', email: 'anne.martin@iledefrance.fr' });
  });

  it('explains every problem in French', () => {
    const result = signUpSchema.safeParse({ ...validSignUp, siren: '123456789', regionCode: '99', password: 'court', tenantName: 'x'.repeat(201), email: 'pas-un-email' });
    expect(messages(result)).toEqual({
      siren: 'SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle (vérifiez la saisie).',
      regionCode: 'Région inconnue.',
      password: 'Le mot de passe doit compter au moins 12 caractères.',
      tenantName: '200 caractères au maximum.',
      email: 'Adresse e-mail invalide.',
    });
  });

  it('reports missing fields as required', () => {
    expect(messages(signUpSchema.safeParse({ ...validSignUp, adminName: undefined }))).toEqual({ adminName: 'Ce champ est obligatoire.' });
  });

  it('refuses the e-mail as password', () => {
    const result = signUpSchema.safeParse({ ...validSignUp, email: 'anne.martin@ville.fr', password: 'Anne.Martin@ville.fr' });
    expect(messages(result)).toEqual({ password: "Le mot de passe ne peut pas être l'adresse e-mail." });
  });
});

describe('other account schemas', () => {
  it('accepts any non-empty password at login', () => {
    expect(loginSchema.safeParse({ email: 'a@b.fr', password: 'x' }).success).toBe(true);
  });

  it('rejects a malformed invitation token', () => {
    expect(messages(acceptInvitationSchema.safeParse({ token: 'abc', password: 'x' }))).toEqual({ token: "Lien d'invitation invalide." });
  });
});
