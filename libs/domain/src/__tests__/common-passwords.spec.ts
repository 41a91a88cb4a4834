import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMON_PASSWORDS } from '../generated/common-passwords';

const root = path.resolve(__dirname, '../../../..');

describe('the bundled list of common passwords', () => {
  it('is what scripts/generate-common-passwords.mjs writes from its source list', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'common-passwords-'));
    try {
      const output = path.join(folder, 'common-passwords.ts');
      execFileSync(process.execPath, [path.join(root, 'scripts/generate-common-passwords.mjs'), output], { stdio: 'ignore' });
      expect(readFileSync(output, 'utf8')).toBe(readFileSync(path.join(__dirname, '../generated/common-passwords.ts'), 'utf8'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('holds about ten thousand lower-case entries, French favourites included', () => {
    const entries = COMMON_PASSWORDS.split('\n');
    expect(entries.length).toBeGreaterThan(10_000);
    expect(entries).toEqual(expect.arrayContaining(['123456', 'password', 'azerty', 'motdepasse', 'soleil']));
    expect(entries.every((entry) => entry === entry.toLowerCase())).toBe(true);
  });
});
