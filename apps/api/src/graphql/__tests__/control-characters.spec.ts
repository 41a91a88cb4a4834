import { parse } from 'graphql';
import { findControlCharacter } from '../control-characters';

describe('control characters anywhere in a GraphQL request', () => {
  it.each([
    ['a variable, relative to input', 'mutation M($input: ProjectInput!) { createProject(input: $input) { id } }', { input: { title: 'a\u0000' } }, 'title'],
    ['a variable nested in an inline object', 'mutation M($t: String!) { createProject(input: { title: $t }) { id } }', { t: 'a\u0001' }, 'title'],
    ['an inline literal in a list', 'mutation { createProject(input: { countryCodes: ["BF", "S\\u0000"] }) { id } }', {}, 'countryCodes.1'],
    ['a filter argument', 'query Q($text: String) { projects(filter: { text: $text }) { totalCount } }', { text: '\u007F' }, 'filter.text'],
    ['a plain argument', 'query { organisation(id: "\\u0000") { id } }', {}, 'id'],
    ['a field inside a fragment', 'query { ...F } fragment F on Query { organisations(text: "\\u001b") { totalCount } }', {}, 'text'],
    ['a variable default value', 'query Q($text: String = "\\u0000") { organisations(text: $text) { totalCount } }', {}, 'text'],
  ])('in %s', (_label, query, variables, field) => {
    expect(findControlCharacter(parse(query), variables)?.field).toBe(field);
  });

  it('lets line breaks, tabs and every printable character through', () => {
    const document = parse('mutation M($input: ProjectInput!) { createProject(input: $input) { id } }');
    expect(findControlCharacter(document, { input: { summary: 'ligne 1\r\n\tligne 2 — 💧 \u200Fمياه', sectors: [{ percentage: '100' }], published: true, sdgs: [{ goal: 6 }] } })).toBeNull();
  });
});
