import { linkUsability, passwordResetExpiry, signUpExpiry } from '../account-links';
import { normalizeEmail } from '../email-address';
import { invitationExpiry, invitationUsability } from '../invitation-rules';
import { wouldLeaveNoAdmin } from '../member-role';
import { passwordProblem } from '../password-policy';
import { slugify } from '../slug';
import { frenchRegionName, isFrenchRegionCode } from '../french-regions';

describe('passwordProblem', () => {
  it.each([
    ['court', undefined, 'TOO_SHORT'],
    ['onze-caract', undefined, 'TOO_SHORT'],
    ['douze-caract', undefined, null],
    ['éèêëàâäîïôöû', undefined, null],
    ['une phrase de passe solide', undefined, null],
    ['x'.repeat(129), undefined, 'TOO_LONG'],
    ['Marie@Ville.fr', 'marie@ville.fr', 'SAME_AS_EMAIL'],
    [' '.repeat(12), undefined, 'BLANK'],
    ['\t \u00a0'.repeat(4), undefined, 'BLANK'],
    ['a'.repeat(12), undefined, 'REPETITIVE'],
    ['é'.repeat(12), undefined, 'REPETITIVE'],
    ['abcabcabcabc', undefined, 'REPETITIVE'],
    ['121212121212', undefined, 'REPETITIVE'],
    ['123456789012', undefined, 'REPETITIVE'],
    ['zyxwvutsrqpo', undefined, 'REPETITIVE'],
    ['qwertyuiop123', undefined, 'COMMON'],
    ['password1234', undefined, 'COMMON'],
    ['P@ssw0rd2026!', undefined, 'COMMON'],
    ['Motdepasse2026!', undefined, 'COMMON'],
    ['mot de passe 2026', undefined, 'COMMON'],
    ['azertyuiop!!', undefined, 'COMMON'],
    ['1qaz2wsx3edc', undefined, 'COMMON'],
    ['Passerelles2026', undefined, 'COMMON'],
  ])('%j → %s', (password, email, expected) => {
    expect(passwordProblem(password, email)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Région Île-de-France', 'region-ile-de-france'],
    ["Syndicat des eaux de l'Aube", 'syndicat-des-eaux-de-laube'],
    ['  --Saint-Étienne--  ', 'saint-etienne'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('never ends with a dash after truncation', () => {
    expect(slugify('abc def', 4)).toBe('abc');
  });
});

describe('invitation rules', () => {
  const created = new Date('2026-03-01T10:00:00Z');
  const expires = invitationExpiry(created);

  it('expires seven days after creation', () => {
    expect(expires.toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it.each([
    ['PENDING', '2026-03-08T09:59:59Z', 'USABLE'],
    ['PENDING', '2026-03-08T10:00:00Z', 'EXPIRED'],
    ['ACCEPTED', '2026-03-02T00:00:00Z', 'ALREADY_ACCEPTED'],
    ['REVOKED', '2026-03-02T00:00:00Z', 'REVOKED'],
  ] as const)('%s at %s → %s', (state, now, expected) => {
    expect(invitationUsability(state, expires, new Date(now))).toBe(expected);
  });
});

describe('wouldLeaveNoAdmin', () => {
  it.each([
    [1, true, 'TECHNICIAN', true],
    [1, true, null, true],
    [1, true, 'ADMIN', false],
    [2, true, null, false],
    [1, false, null, false],
  ] as const)('admins=%s isAdmin=%s newRole=%s → %s', (count, isAdmin, role, expected) => {
    expect(wouldLeaveNoAdmin(count, isAdmin, role)).toBe(expected);
  });
});

describe('reference helpers', () => {
  it('normalises e-mails', () => expect(normalizeEmail('  Marie.Curie@Ville.FR ')).toBe('marie.curie@ville.fr'));
  it('knows French regions', () => {
    expect(isFrenchRegionCode('84')).toBe(true);
    expect(isFrenchRegionCode('99')).toBe(false);
    expect(frenchRegionName('11')).toBe('Île-de-France');
  });
});

describe('account links (sign-up confirmation, password reset)', () => {
  const requested = new Date('2026-03-01T10:00:00Z');

  it('gives a sign-up 24 hours and a reset 1 hour', () => {
    expect(signUpExpiry(requested).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(passwordResetExpiry(requested).toISOString()).toBe('2026-03-01T11:00:00.000Z');
  });

  it.each([
    [null, '2026-03-01T10:59:59Z', 'USABLE'],
    [null, '2026-03-01T11:00:00Z', 'EXPIRED'],
    [new Date('2026-03-01T10:10:00Z'), '2026-03-01T10:20:00Z', 'USED'],
    [new Date('2026-03-01T10:10:00Z'), '2026-03-01T12:00:00Z', 'USED'],
  ])('used %s, at %s → %s', (usedAt, now, expected) => {
    expect(linkUsability(usedAt, passwordResetExpiry(requested), new Date(now))).toBe(expected);
  });
});
