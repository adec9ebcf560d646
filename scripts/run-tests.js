// Runs the compiled suite (test-build/) on each available backend: native first (when the
// addon was built), then the TypeScript reference kernels, so both are always checked.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      return e.isDirectory() ? testFiles(path) : e.name.endsWith('.test.js') ? [path] : [];
    })
    .sort();
}

const files = testFiles('test-build/test');
const backends = existsSync('build/Release/candor_native.node') ? ['native', 'reference'] : ['reference'];
if (backends.length === 1) process.stdout.write('note: the native addon is not built; testing the reference backend only\n');
let failed = false;
for (const backend of backends) {
  process.stdout.write(`\n=== backend: ${backend} ===\n`);
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: { ...process.env, CANDOR_BACKEND: backend, CANDOR_POISON_OUTPUTS: '1' },
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
