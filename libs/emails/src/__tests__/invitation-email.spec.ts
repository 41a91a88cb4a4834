import { renderInvitationEmail } from '../invitation-email';

describe('renderInvitationEmail', () => {
  const email = renderInvitationEmail({
    tenantName: 'Ville de <Nantes> & co',
    inviterName: 'Anne Martin',
    role: 'TECHNICIAN',
    acceptUrl: 'https://app.example/invitation?token=abc&x=1',
    expiresAt: new Date('2026-12-04T09:30:00Z'),
  });

  it('writes the subject in French with the collectivité', () => {
    expect(email.subject).toBe('Invitation à rejoindre Ville de <Nantes> & co sur Passerelles');
  });

  it('escapes user-typed names in the HTML part', () => {
    expect(email.html).toContain('Ville de &lt;Nantes&gt; &amp; co');
    expect(email.html).not.toContain('<Nantes>');
    expect(email.html).toContain('href="https://app.example/invitation?token=abc&amp;x=1"');
  });

  it('gives the link, the role and the expiry in Paris time in the text part', () => {
    expect(email.text).toContain("Accepter l'invitation : https://app.example/invitation?token=abc&x=1");
    expect(email.text).toContain('chargé·e de mission');
    expect(email.text).toContain('4 décembre 2026 à 10:30');
  });
});
