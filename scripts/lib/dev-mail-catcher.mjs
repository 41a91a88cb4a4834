import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * When no SMTP_URL is given, `./passerelles start` keeps the e-mails the product sends instead of delivering
 * them: each is written to `folder` (.eml) and announced in the console with its first link.
 */
export async function startDevMailCatcher({ folder, log }) {
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        count += 1;
        const file = path.join(folder, `${new Date().toISOString().replaceAll(':', '-')}-${count}.eml`);
        writeFileSync(file, raw);
        const mail = await simpleParser(raw).catch(() => null);
        const link = /(https?:\/\/\S+)/.exec(mail?.text ?? '')?.[1];
        log(`✉  « ${mail?.subject ?? '(sans objet)'} » pour ${session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ')}${link ? `\n   lien : ${link}` : ''}\n   (message : ${path.relative(process.cwd(), file)})`);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
