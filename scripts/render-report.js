// Renders a quick `demo pima` report with headless Chromium (Debian's `chromium`) to
// docs/pima-report.png, to look at what the HTML report shows. Not part of the tests:
// Chromium is a docs aid, never a dependency.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromium) {
  process.stdout.write('chromium is not installed (Debian: apt-get install chromium); nothing rendered\n');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'candor-render-'));
try {
  const html = join(dir, 'pima-report.html');
  const demo = spawnSync(
    process.execPath,
    [join(root, 'dist/cli/main.js'), 'demo', 'pima', '--quick', '--runs', '5', '--epochs', '40', '--report', html],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (demo.status !== 0) throw new Error(`demo pima failed with exit code ${demo.status}`);
  const png = join(root, 'docs/pima-report.png');
  const shot = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--window-size=1200,2000',
      `--screenshot=${png}`,
      pathToFileURL(html).href,
    ],
    { encoding: 'utf8' },
  );
  if (shot.status !== 0 || !existsSync(png)) throw new Error(`chromium failed: ${shot.stderr}`);
  process.stdout.write(`rendered ${png}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
