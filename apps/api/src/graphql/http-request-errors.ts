/**
 * Failures of the HTTP request itself, before any GraphQL document is read: body too large, not JSON, wrong
 * content type, parameters of the wrong shape. Fastify and Mercurius raise them as plain errors; here each
 * becomes its HTTP status, a reason and a French sentence, instead of an "internal error".
 */
export interface RequestProblem {
  statusCode: number;
  reason: string;
  message: string;
}

interface HttpLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: unknown;
  validationContext?: unknown;
}

const BY_CODE: Record<string, RequestProblem> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    statusCode: 413,
    reason: 'REQUEST_TOO_LARGE',
    message: 'Requête trop volumineuse : 1 Mo au maximum.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415,
    reason: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Type de contenu non pris en charge : envoyez la requête en application/json (ou application/graphql).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    statusCode: 400,
    reason: 'EMPTY_BODY',
    message: 'Corps de requête vide : envoyez un objet JSON contenant « query ».',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, reason: 'MALFORMED_JSON', message: 'Corps de requête illisible : le JSON est mal formé.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    statusCode: 400,
    reason: 'INVALID_CONTENT_LENGTH',
    message: "La longueur annoncée de la requête (Content-Length) ne correspond pas à son contenu.",
  },
  MER_ERR_METHOD_NOT_ALLOWED: {
    statusCode: 405,
    reason: 'METHOD_NOT_ALLOWED',
    message: 'Les mutations ne passent pas par GET : envoyez-les en POST.',
  },
};

/** Raised by the API's own checks of the HTTP request (see graphql-options). */
export class RequestRejection extends Error {
  constructor(readonly problem: RequestProblem) {
    super(problem.message);
    this.name = 'RequestRejection';
  }
}

export function unsupportedMediaType(): RequestRejection {
  return new RequestRejection(BY_CODE.FST_ERR_CTP_INVALID_MEDIA_TYPE);
}

export function invalidParameter(parameter: string): RequestRejection {
  return new RequestRejection({ statusCode: 400, reason: 'INVALID_REQUEST_PARAMETERS', message: parameterMessage(`body/${parameter}`) });
}

const PARAMETER_NAMES: Record<string, string> = { query: 'query', operationName: 'operationName', variables: 'variables', extensions: 'extensions' };

export function requestProblemOf(error: unknown): RequestProblem | null {
  if (typeof error !== 'object' || error === null) return null;
  if (error instanceof RequestRejection) return error.problem;
  const candidate = error as HttpLikeError;
  if (typeof candidate.code === 'string' && candidate.code in BY_CODE) return BY_CODE[candidate.code];
  if (error instanceof SyntaxError && candidate.statusCode === 400) return BY_CODE.FST_ERR_CTP_INVALID_JSON_BODY;
  if (Array.isArray(candidate.validation) && (candidate.validationContext === 'body' || candidate.validationContext === 'querystring')) {
    return { statusCode: 400, reason: 'INVALID_REQUEST_PARAMETERS', message: parameterMessage(String(candidate.message ?? '')) };
  }
  if (typeof candidate.message === 'string' && /^(Must provide query string|Unknown query)/.test(candidate.message)) {
    return { statusCode: 400, reason: 'MISSING_QUERY', message: 'Paramètre « query » absent : la requête GraphQL est à envoyer dans « query ».' };
  }
  if (typeof candidate.code === 'string' && candidate.code.startsWith('FST_') && typeof candidate.statusCode === 'number' && candidate.statusCode >= 400 && candidate.statusCode < 500) {
    return { statusCode: candidate.statusCode, reason: 'INVALID_HTTP_REQUEST', message: 'Requête HTTP invalide.' };
  }
  return null;
}

/** "body/query must be string" → which parameter, in French. */
function parameterMessage(detail: string): string {
  const parameter = /^(?:body|querystring)\/(\w+)/.exec(detail)?.[1];
  if (parameter && parameter in PARAMETER_NAMES) {
    const expected = parameter === 'variables' || parameter === 'extensions' ? 'un objet JSON' : 'une chaîne de caractères';
    return `Paramètre « ${PARAMETER_NAMES[parameter]} » invalide : ${expected} est attendu.`;
  }
  return 'Paramètres de requête invalides : envoyez un objet JSON contenant « query » (texte), et au besoin « variables » et « operationName ».';
}
