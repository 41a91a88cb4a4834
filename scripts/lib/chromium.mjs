import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** The browser for the Playwright tests: CHROME_PATH, else a system Chromium or Chrome. Never a download. */
export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} n'existe pas.`);
    return process.env.CHROME_PATH;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim();
    } catch {
      /* next */
    }
  }
  throw new Error(
    [
      'Aucun Chromium trouvé pour les tests dans le navigateur. Au choix :',
      '  - Debian/Ubuntu : sudo apt-get install -y chromium',
      '  - macOS : installez Google Chrome,',
      '  - ou indiquez le binaire : CHROME_PATH=/chemin/vers/chrome ./passerelles test',
      '  (ou sautez ces tests : ./passerelles test --skip-e2e).',
    ].join('\n'),
  );
}
