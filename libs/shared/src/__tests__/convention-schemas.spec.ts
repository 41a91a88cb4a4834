import { conventionSchema, prefectureTransmissionFormSchema, signConventionFormSchema } from '../schemas/cooperation.schemas';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('convention forms', () => {
  it('refuses an end before the start, on the end date', () => {
    const result = conventionSchema.safeParse({ title: 'Convention', startsOn: '2026-01-01', endsOn: '2025-12-31', objectives: 'Eau', parties: [{ name: 'Nous' }, { name: 'Eux' }] });
    expect(messages(result)).toEqual({ endsOn: 'La date de fin précède la date de début.' });
  });

  it.each([
    [{ endsOn: '2027-12-31', forecastCommitment: '1000.00' }, '2025-01-15', {}],
    [{ endsOn: '2027-12-31', forecastCommitment: null }, '2025-01-15', { forecastCommitment: "Indiquez l'engagement financier prévisionnel de la convention avant de la signer (loi Thiollière)." }],
    [{ endsOn: '2024-12-31', forecastCommitment: '1000.00' }, '2025-01-15', { signedOn: 'La signature ne peut pas être postérieure à la fin de la convention (31 décembre 2024).' }],
    [{ endsOn: '2027-12-31', forecastCommitment: '1000.00' }, '15/01/2025', { signedOn: 'Date invalide (format attendu : AAAA-MM-JJ).' }],
  ])('signature form of %j on %s', (convention, signedOn, expected) => {
    expect(messages(signConventionFormSchema(convention, '2026-01-01').safeParse({ signedOn }))).toEqual(expected);
  });

  it.each([
    ['2025-01-20', {}],
    ['2025-01-10', { transmittedOn: 'La transmission au préfet ne peut pas précéder la signature (15 janvier 2025).' }],
    ['2026-02-01', { transmittedOn: 'La date de transmission ne peut pas être dans le futur.' }],
  ])('transmission form on %s', (transmittedOn, expected) => {
    expect(messages(prefectureTransmissionFormSchema({ signedOn: '2025-01-15' }, '2026-01-01').safeParse({ transmittedOn }))).toEqual(expected);
  });
});
