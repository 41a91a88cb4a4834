import { signUpSchema } from '../schemas/account.schemas';

const commune = {
  tenantName: 'Commune de Pirae',
  tenantKind: 'COMMUNE',
  siren: '219 870 045',
  regionCode: '987',
  adminName: 'Teva Tehei',
  email: 'relations.internationales@pirae.pf',
  password: 'une phrase de passe longue',
};

describe('sign-up of collectivités of overseas France, and SIRENs outside the public range', () => {
  it.each(['975', '977', '978', '986', '987', '988', '06'])('accepts the place code %s', (regionCode) => {
    expect(signUpSchema.safeParse({ ...commune, regionCode }).success).toBe(true);
  });

  it.each([
    ['443061841', true], // valid Luhn, not a public body: a warning in the form, not a refusal
    ['356000000', true], // La Poste's SIREN passes Luhn
    ['443061842', false],
  ])('SIREN %s accepted: %s', (siren, accepted) => {
    expect(signUpSchema.safeParse({ ...commune, siren }).success).toBe(accepted);
  });
});
