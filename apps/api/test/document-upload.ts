import type { ApiTestClient, TestSession } from './api-test-client';

export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('convention signée\n%%EOF\n')]);

/** A multipart/form-data body as a browser's upload form sends it. */
export function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }): { body: Buffer; contentType: string } {
  const boundary = `----passerelles${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function postDocument(api: ApiTestClient, session: TestSession, ownerType: string, ownerId: string, fileName: string, content: Buffer = PDF, csrf = session.csrfToken) {
  const { body, contentType } = multipart({ ownerType, ownerId }, { name: fileName, content });
  return api.app.inject({ method: 'POST', url: '/documents', headers: { cookie: session.cookie, 'x-csrf-token': csrf, 'content-type': contentType }, payload: body });
}

/** Uploads a PDF and returns the stored document; fails the test when the upload is refused. */
export async function uploadDocument(api: ApiTestClient, session: TestSession, ownerType: string, ownerId: string, fileName: string): Promise<{ id: string; downloadPath: string }> {
  const response = await postDocument(api, session, ownerType, ownerId, fileName);
  if (response.statusCode !== 201) throw new Error(`upload failed (${response.statusCode}): ${response.body}`);
  return response.json() as { id: string; downloadPath: string };
}
