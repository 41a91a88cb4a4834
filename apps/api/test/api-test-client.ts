import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from '@passerelles/platform/logger';
import { createApiApp } from '../src/api-app';
import type { ApiConfig } from '../src/config/api-config';
import { accountLinkSecretFromOutbox } from './owner-database';
import { testApiConfig, uniqueClientAddress, uniqueEmail, uniqueSiren } from './test-environment';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: { field: string; message: string }[]; detail?: string };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
}

/** A browser-like session: the cookie jar of one person plus the CSRF token the web app would send. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  userId: string;
  tenantId: string;
  email: string;
  password: string;
}

export const DEFAULT_PASSWORD = 'une phrase de passe solide';

/** The real API, booted in-process; requests go through Fastify's inject (the full HTTP stack, no socket). */
export class ApiTestClient {
  /** The address this client's requests come from, as the trusted proxy reports it in X-Forwarded-For. */
  readonly clientAddress = uniqueClientAddress();

  private constructor(readonly app: NestFastifyApplication) {}

  static async start(overrides: Partial<ApiConfig> = {}): Promise<ApiTestClient> {
    const config = testApiConfig(overrides);
    return new ApiTestClient(await createApiApp(config, createLogger('api-test', config.logLevel)));
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    session?: Pick<TestSession, 'cookie' | 'csrfToken'>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T> & { setCookie: string[] }> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.clientAddress,
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
      payload: JSON.stringify({ query, variables }),
    });
    const body = response.json() as { data?: T | null; errors?: GraphqlError[] };
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    return { status: response.statusCode, data: body.data ?? null, errors: body.errors, setCookie };
  }

  /**
   * Signs up a new collectivité with its admin, as a person does: the sign-up form, then the confirmation link of
   * the e-mail (read from the outbox). Each test owns its tenant, so tests never collide; each sign-up comes
   * from an address of its own, as different people's would (sign-ups are limited per address).
   */
  async signUp(overrides: Partial<{ tenantName: string; email: string; password: string; siren: string }> = {}): Promise<TestSession> {
    const email = overrides.email ?? uniqueEmail('admin');
    const password = overrides.password ?? DEFAULT_PASSWORD;
    const from = { 'x-forwarded-for': uniqueClientAddress() };
    const requested = await this.graphql<{ signUp: boolean }>(
      SIGN_UP,
      {
        input: {
          tenantName: overrides.tenantName ?? `Commune de test ${Math.random().toString(36).slice(2, 8)}`,
          tenantKind: 'COMMUNE',
          siren: overrides.siren ?? uniqueSiren(),
          regionCode: '53',
          adminName: 'Admin de test',
          email,
          password,
        },
      },
      undefined,
      from,
    );
    if (requested.data?.signUp !== true) throw new Error(`signUp failed: ${JSON.stringify(requested.errors)}`);
    const token = await accountLinkSecretFromOutbox(email, '/inscription/confirmation');
    const confirmed = await this.graphql<{ confirmSignUp: ViewerPayload }>(CONFIRM_SIGN_UP, { token }, undefined, from);
    return sessionFrom(confirmed, 'confirmSignUp', email, password);
  }

  async login(email: string, password: string): Promise<TestSession> {
    const response = await this.graphql<{ login: ViewerPayload }>(LOGIN, { input: { email, password } });
    return sessionFrom(response, 'login', email, password);
  }

  /** Invites and accepts in one go, reading the secret from the outbox as the e-mail would carry it. */
  async addMember(admin: TestSession, role: string, readInvitationSecret: (invitationId: string) => Promise<string>): Promise<TestSession> {
    const email = uniqueEmail(role.toLowerCase());
    const invited = await this.graphql<{ inviteMember: { id: string } }>(INVITE, { input: { email, role } }, admin);
    if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
    const token = await readInvitationSecret(invited.data.inviteMember.id);
    const accepted = await this.graphql<{ acceptInvitation: ViewerPayload }>(ACCEPT, {
      input: { token, name: `Membre ${role}`, password: DEFAULT_PASSWORD },
    });
    return sessionFrom(accepted, 'acceptInvitation', email, DEFAULT_PASSWORD);
  }
}

interface ViewerPayload {
  csrfToken: string;
  user: { id: string };
  currentTenant: { id: string };
}

export function sessionFrom<K extends string>(
  response: GraphqlResponse<Record<K, ViewerPayload>> & { setCookie: string[] },
  field: K,
  email: string,
  password: string,
): TestSession {
  const viewer = response.data?.[field];
  const cookie = response.setCookie.find((value) => value.startsWith('pst_session='));
  if (!viewer || !cookie) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return {
    cookie: cookie.split(';')[0],
    csrfToken: viewer.csrfToken,
    userId: viewer.user.id,
    tenantId: viewer.currentTenant.id,
    email,
    password,
  };
}

const VIEWER_FIELDS = 'csrfToken role user { id name email } currentTenant { id name } memberships { tenant { id name } role }';
export const SIGN_UP = 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) }';
export const CONFIRM_SIGN_UP = `mutation Confirm($token: String!) { confirmSignUp(token: $token) { ${VIEWER_FIELDS} } }`;
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${VIEWER_FIELDS} } }`;
export const INVITE = 'mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status expiresAt emailStatus } }';
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${VIEWER_FIELDS} } }`;
