import { renderAccountExistsEmail, renderPasswordResetEmail, renderSignUpConfirmationEmail } from '../account-emails';

describe('account e-mails', () => {
  it('confirms a sign-up with the collectivité escaped, the link and the expiry in Paris time', () => {
    const email = renderSignUpConfirmationEmail({
      tenantName: 'Commune de <Plouézec> & co',
      confirmUrl: 'https://app.example/inscription/confirmation#abc',
      expiresAt: new Date('2026-12-04T09:30:00Z'),
    });
    expect(email.subject).toBe("Confirmez l'inscription de Commune de <Plouézec> & co sur Passerelles");
    expect(email.html).toContain('Commune de &lt;Plouézec&gt; &amp; co');
    expect(email.html).not.toContain('<Plouézec>');
    expect(email.text).toContain("Confirmer l'inscription : https://app.example/inscription/confirmation#abc");
    expect(email.text).toContain('4 décembre 2026 à 10:30');
  });

  it('tells an existing account holder, with the reset link and no confirmation link', () => {
    const email = renderAccountExistsEmail({ loginUrl: 'https://app.example/connexion', resetUrl: 'https://app.example/mot-de-passe-oublie' });
    expect(email.subject).toBe('Vous avez déjà un compte Passerelles');
    expect(email.text).toContain('https://app.example/mot-de-passe-oublie');
    expect(email.text).toContain('Se connecter : https://app.example/connexion');
    expect(email.text).not.toContain('confirmation');
  });

  it('gives a reset link valid one hour, in French, HTML and text', () => {
    const email = renderPasswordResetEmail({ resetUrl: 'https://app.example/mot-de-passe/nouveau#xyz', expiresAt: new Date('2026-07-01T08:00:00Z') });
    expect(email.subject).toBe('Choisir un nouveau mot de passe Passerelles');
    expect(email.html).toContain('href="https://app.example/mot-de-passe/nouveau#xyz"');
    expect(email.text).toContain('1er juillet 2026 à 10:00');
    expect(email.html).toMatch(/^<!doctype html>\n<html lang="fr">/);
  });
});
