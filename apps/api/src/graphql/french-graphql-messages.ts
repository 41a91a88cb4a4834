/**
 * graphql-js writes its parse and validation errors in English. Clients of this API are people's browsers:
 * the messages are translated here, the original kept in `extensions.detail` for developers.
 */
const TRANSLATIONS: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Syntax Error: Document contains more tha[nt] (\d+) tokens/, () => 'Requête trop longue : découpez-la en plusieurs requêtes.'],
  [/^Syntax Error: (.*)$/s, () => 'Requête GraphQL mal formée (erreur de syntaxe).'],
  [/^Cannot query field "(.+?)" on type "(.+?)"/, (m) => `Le champ « ${m[1]} » n'existe pas sur le type « ${m[2]} ».`],
  [/^Unknown argument "(.+?)" on field "(.+?)"/, (m) => `L'argument « ${m[1]} » n'existe pas pour « ${m[2]} ».`],
  [/^Field "(.+?)" is not defined by type "(.+?)"/, (m) => `Le champ « ${m[1]} » n'est pas défini pour « ${m[2]} ».`],
  [/^Field "(.+?)" of required type "(.+?)" was not provided/, (m) => `Le champ obligatoire « ${m[1]} » est manquant.`],
  [/^Variable "\$(.+?)" of required type "(.+?)" was not provided/, (m) => `La variable obligatoire « ${m[1]} » est manquante.`],
  [/^Variable "\$(.+?)" got invalid value/, (m) => `La variable « ${m[1]} » a une valeur invalide.`],
  [/^Variable "\$(.+?)" of non-null type "(.+?)" must not be null/, (m) => `La variable « ${m[1]} » ne peut pas être vide.`],
  [/^Unknown type "(.+?)"/, (m) => `Type inconnu « ${m[1]} ».`],
  [/^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required/, (m) => `L'argument obligatoire « ${m[2]} » de « ${m[1]} » est manquant.`],
  [/^(String|Int|Float|Boolean|ID) cannot represent/, (m) => `Valeur de type incorrect (${m[1]} attendu).`],
  [/^Enum "(.+?)" cannot represent/, (m) => `Valeur non autorisée pour « ${m[1]} ».`],
  [/^Value "(.+?)" does not exist in "(.+?)" enum/, (m) => `La valeur « ${m[1]} » n'existe pas dans « ${m[2]} ».`],
  [/^Expected value of type "(.+?)", found (.+?);/, (m) => `Valeur de type incorrect (${m[1]} attendu).`],
  [/^Must provide query string/, () => 'Requête GraphQL absente.'],
  [/^Must provide document/, () => 'Requête GraphQL absente.'],
  [/exceeds maximum operation depth/i, () => 'Requête trop profonde.'],
  [/query depth/i, () => 'Requête trop profonde.'],
];

export function translateGraphqlMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return 'Requête GraphQL invalide.';
}
