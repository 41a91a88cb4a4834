import fc from 'fast-check';
import { optionalMultilineText, optionalText, requiredText, searchTextFilter } from '../schemas/common-fields';
import { projectSchema } from '../schemas/project.schemas';
import { firstControlCharacter } from '../text-characters';

const CONTROL_CHARACTERS = [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f].map((code) => String.fromCharCode(code));
const LINE_BREAKS = ['\t', '\n', '\r'];

describe('control characters in text fields', () => {
  it.each(CONTROL_CHARACTERS.map((character) => [`U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`, character]))('%s is refused in single- and multi-line fields', (_code, character) => {
    expect(requiredText(1, 50).safeParse(`eau${character}potable`).success).toBe(false);
    expect(optionalText(50).safeParse(`eau${character}potable`).success).toBe(false);
    expect(optionalMultilineText(50).safeParse(`eau${character}potable`).success).toBe(false);
    expect(searchTextFilter.safeParse(`eau${character}x`).success).toBe(false);
  });

  it.each(LINE_BREAKS.map((character) => [JSON.stringify(character), character]))('%s is refused on one line, kept on several', (_label, character) => {
    const result = requiredText(1, 50).safeParse(`eau${character}potable`);
    expect(result.error?.issues[0].message).toBe('Caractère non autorisé : ce champ tient sur une ligne, sans tabulation ni caractère de contrôle.');
    expect(optionalMultilineText(50).parse(`eau${character}potable`)).toBe(`eau${character}potable`);
  });

  it('keeps the text people write: accents, emoji, right-to-left marks, joiners, SQL-looking text', () => {
    for (const text of ['Hauts-Bassins – Bobo-Dioulasso', '💧🇧🇫 👩🏽‍🌾', '\u200Fمياه الشرب\u200E', "'; DROP TABLE projects; --", 'Łódź ↔ Huế']) {
      expect(requiredText(1, 100).parse(text)).toBe(text);
    }
  });

  it('refuses every string holding a control character other than line breaks, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const hasControl = [...text].some((character) => {
          const code = character.charCodeAt(0);
          return (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) && !LINE_BREAKS.includes(character);
        });
        expect(firstControlCharacter(text, { allowLineBreaks: true }) !== null).toBe(hasControl);
      }),
    );
  });
});

describe('project schema: no row twice', () => {
  const base = {
    code: 'P-1',
    title: 'Accès à l’eau',
    engagementMode: 'DIRECT',
    actionKind: 'TWINNING',
    sectors: [{ sectorCode: '14030', percentage: '100' }],
    countryCodes: ['BF'],
  };
  const organisationId = '0192f0c4-7d3a-7000-8000-000000000001';
  const userId = '0192f0c4-7d3a-7000-8000-000000000002';

  function issues(values: Record<string, unknown>) {
    return projectSchema.safeParse({ ...base, ...values }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
  }

  it('flags the repeated row, not the first one', () => {
    expect(issues({ sdgs: [{ goal: 6, target: '6.1' }, { goal: 6 }, { goal: 6, target: '6.1' }, { goal: 6, target: null }] })).toEqual([
      ['sdgs.2.target', 'Cet ODD ou cette cible figure déjà plus haut.'],
      ['sdgs.3.goal', 'Cet ODD ou cette cible figure déjà plus haut.'],
    ]);
    expect(issues({ organisations: [{ organisationId, iatiRole: 1 }, { organisationId, iatiRole: 4 }, { organisationId, iatiRole: 1 }] })).toEqual([
      ['organisations.2.organisationId', 'Cette organisation figure déjà plus haut avec le même rôle.'],
    ]);
    expect(issues({ team: [{ userId, role: 'EVALUATOR' }, { userId, role: 'EVALUATOR' }] })).toEqual([['team.1.userId', 'Cette personne figure déjà plus haut pour la même fonction.']]);
  });

  it('accepts an organisation in several roles, a person in several functions, a goal with its targets', () => {
    expect(
      issues({
        sdgs: [{ goal: 6 }, { goal: 6, target: '6.1' }, { goal: 6, target: '6.2' }],
        organisations: [{ organisationId, iatiRole: 1 }, { organisationId, iatiRole: 4 }],
        team: [{ userId, role: 'TECHNICIAN_IN_CHARGE' }, { userId, role: 'ELECTED_REFERENT' }],
      }),
    ).toEqual([]);
  });
});
