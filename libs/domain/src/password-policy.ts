import { COMMON_PASSWORDS } from './generated/common-passwords';

/** ANSSI and OWASP recommend length over composition rules: at least 12 characters, at most 128. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'BLANK' | 'REPETITIVE' | 'COMMON' | 'SAME_AS_EMAIL';

/** The French sentence for each problem: the same in the web form and in the API's errors. */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  TOO_LONG: `Le mot de passe ne peut dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  BLANK: "Le mot de passe ne peut pas être fait que d'espaces.",
  REPETITIVE: 'Le mot de passe ne peut pas répéter un même caractère, un même motif ou une suite (« 123456789012 ») : choisissez une phrase de passe.',
  COMMON: 'Ce mot de passe fait partie des plus courants, essayés en premier par les attaquants : choisissez-en un autre, par exemple une phrase de quelques mots.',
  SAME_AS_EMAIL: "Le mot de passe ne peut pas être l'adresse e-mail.",
};

/**
 * What is wrong with a password someone chooses, or null. Beyond the length, it refuses what attackers try first:
 * blanks, one character or a short motif repeated, a run of consecutive characters, and the common passwords of a
 * bundled list (about 10,000), also when padded with digits or symbols ("Motdepasse2026!") or written in
 * leetspeak ("P@ssw0rd").
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.trim() === '') return 'BLANK';
  const compact = simplify(password);
  if (isRepetitive(compact)) return 'REPETITIVE';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'SAME_AS_EMAIL';
  if (isCommon(compact)) return 'COMMON';
  return null;
}

/** Lower case, no accents, no spaces: "Mot de Passe" and "motdepasse" are the same guess. */
function simplify(password: string): string {
  return password.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, '');
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "121212121212", "123456789012", "zyxwvutsrqpo". */
function isRepetitive(compact: string): boolean {
  if (/^(.{1,4})\1+.{0,3}$/u.test(compact)) return true;
  const codes = [...compact].map((character) => character.codePointAt(0)!);
  const step = (index: number) => {
    const difference = codes[index] - codes[index - 1];
    // Digits wrap around on a keyboard row: ...7890 then 1.
    return Math.abs(difference) === 9 && /\d/u.test(compact[index]) ? -Math.sign(difference) : difference;
  };
  const first = step(1);
  return Math.abs(first) === 1 && codes.slice(2).every((_, index) => step(index + 2) === first);
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't', '8': 'b', '9': 'g' };

/** The guessable heart of a password: without the digits and symbols padded at either end, leetspeak undone. */
function cores(compact: string): string[] {
  const trimmed = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = trimmed.replace(/[@4310!$5789]/gu, (character) => LEET[character]);
  return [compact, trimmed, unleet].filter((core) => core.length >= 3);
}

let commonCores: ReadonlySet<string> | undefined;

function isCommon(compact: string): boolean {
  // Built once, on first use: the web app pays for it only on the forms that choose a password.
  commonCores ??= new Set(COMMON_PASSWORDS.split('\n').flatMap((entry) => cores(simplify(entry))));
  return cores(compact).some((core) => commonCores!.has(core));
}
