/**
 * The anti-CSRF token of the current session. The session cookie is httpOnly, so the token reaches the page
 * only through Viewer results; it lives in memory (never in storage, where another script could read it later).
 */
let currentToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  currentToken = token;
}

export function getCsrfToken(): string | null {
  return currentToken;
}
