import { ApiTestClient, type TestSession } from '../../../test/api-test-client';
import { CooperationFixtures } from '../../../test/cooperation-fixtures';
import { invitationSecretFromOutbox } from '../../../test/owner-database';
import { PDF, postDocument } from '../../../test/document-upload';

describe('documents attached to conventions', () => {
  let api: ApiTestClient;
  let fixtures: CooperationFixtures;
  let admin: TestSession;
  let conventionId: string;

  beforeAll(async () => {
    api = await ApiTestClient.start();
    fixtures = new CooperationFixtures(api);
    admin = await api.signUp();
    const cooperation = await fixtures.cooperation(admin);
    conventionId = (await fixtures.convention(admin, cooperation.id)).id;
  });
  afterAll(() => api.close());

  function upload(session: TestSession, fileName: string, content: Buffer, ownerId = conventionId, csrf = session.csrfToken) {
    return postDocument(api, session, 'CONVENTION', ownerId, fileName, content, csrf);
  }

  it('stores a PDF, lists it and gives the same bytes back', async () => {
    const response = await upload(admin, 'Convention signée.pdf', PDF);
    expect(response.statusCode).toBe(201);
    const document = response.json() as { id: string; sha256: string; downloadPath: string; sizeBytes: number };
    expect(document.sizeBytes).toBe(PDF.length);

    const listed = await api.graphql<{ documents: { fileName: string }[] }>('query D($id: ID!) { documents(ownerType: CONVENTION, ownerId: $id) { fileName } }', { id: conventionId }, admin);
    expect(listed.data!.documents).toEqual([{ fileName: 'Convention signée.pdf' }]);

    const download = await api.app.inject({ method: 'GET', url: document.downloadPath, headers: { cookie: admin.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Convention%20sign%C3%A9e.pdf");
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses a renamed executable, an empty file and an unknown owner, with a French message', async () => {
    const fake = await upload(admin, 'facture.pdf', Buffer.from('MZ\x90\x00 binary'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_REFUSED' } });
    expect((await upload(admin, 'vide.pdf', Buffer.alloc(0))).json()).toMatchObject({ error: { reason: 'EMPTY_FILE' } });
    const unknown = await upload(admin, 'ok.pdf', PDF, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('needs a session, the CSRF token and an editing role to upload; another collectivité cannot download', async () => {
    expect((await upload(admin, 'a.pdf', PDF, conventionId, 'x'.repeat(43))).statusCode).toBe(403);
    const referent = await api.addMember(admin, 'ELECTED_REFERENT', invitationSecretFromOutbox);
    expect((await upload(referent, 'a.pdf', PDF)).statusCode).toBe(403);

    const stored = (await upload(admin, 'b.pdf', PDF)).json() as { downloadPath: string };
    const anonymous = await api.app.inject({ method: 'GET', url: stored.downloadPath });
    expect(anonymous.statusCode).toBe(401);
    const stranger = await api.signUp();
    const foreign = await api.app.inject({ method: 'GET', url: stored.downloadPath, headers: { cookie: stranger.cookie } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('%PDF');
  });
});
