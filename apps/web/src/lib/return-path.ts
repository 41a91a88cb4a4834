const RETURN_PARAM = 'retour';

/** Only paths of this site are followed after login: never "//evil.example" or "https://…" (open redirect). */
export function safeReturnPath(raw: string | null, fallback = '/projets'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw.startsWith('/connexion') || raw.startsWith('/inscription') || raw.startsWith('/invitation')) return fallback;
  return raw;
}

export function loginPathFor(returnPath: string): string {
  return `/connexion?${new URLSearchParams({ [RETURN_PARAM]: returnPath }).toString()}`;
}

export function returnPathFrom(search: URLSearchParams): string {
  return safeReturnPath(search.get(RETURN_PARAM));
}
