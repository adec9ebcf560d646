import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** Fuzzes one target in worker threads: a dead or stuck worker is recorded and replaced, starting after the input that killed it. */
export async function fuzzTarget(target, o, deadline, root) {
    const started = performance.now();
    const report = { target, inputs: 0, accepted: 0, refused: 0, crashes: [], hangs: [], seconds: 0, cut: false };
    let next = 0;
    while (next < o.mutations) {
        if (performance.now() > deadline) {
            report.cut = true;
            break;
        }
        next = await new Promise((resolve) => {
            const worker = new Worker(o.workerUrl ?? new URL('./worker.js', import.meta.url), {
                workerData: { target, seed: o.seed ?? 1, start: next, end: o.mutations, root, maxBytes: o.maxBytes ?? 256 * 2 ** 20 },
                resourceLimits: { maxOldGenerationSizeMb: 1024 },
                stdout: true,
                stderr: true,
            });
            let current = next;
            let running = false;
            let settled = false;
            let timer;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    report.hangs.push({
                        index: current,
                        kind: '',
                        detail: running ? `no result after ${o.hangMs ?? 10_000} ms` : 'the worker stopped responding between inputs',
                    });
                    report.inputs++;
                    finish(current + 1);
                    void worker.terminate();
                }, o.hangMs ?? 10_000);
            };
            const finish = (at) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve(at);
            };
            arm();
            worker.on('message', (msg) => {
                if (msg.type === 'start') {
                    current = msg.i;
                    running = true;
                    arm();
                    return;
                }
                if (msg.type === 'end') {
                    finish(o.mutations);
                    void worker.terminate();
                    return;
                }
                running = false;
                report.inputs++;
                if (msg.outcome === 'accepted')
                    report.accepted++;
                else if (msg.outcome === 'refused')
                    report.refused++;
                else
                    report.crashes.push({ index: msg.i, kind: msg.kind, detail: msg.detail });
                if (performance.now() > deadline) {
                    report.cut = msg.i + 1 < o.mutations;
                    finish(o.mutations);
                    void worker.terminate();
                    return;
                }
                arm();
            });
            const died = (why) => {
                if (settled)
                    return;
                report.crashes.push({ index: current, kind: '', detail: `the worker died: ${why}` });
                report.inputs++;
                finish(current + 1);
            };
            worker.on('error', (err) => died(`${err.name}: ${err.message}`));
            worker.on('exit', (code) => died(`exit code ${code}`));
        });
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
}
/** Fuzzes the named targets, `parallel` at a time, in a temporary folder removed afterwards. */
export async function fuzz(targets, o) {
    const root = mkdtempSync(join(tmpdir(), 'candor-fuzz-'));
    const deadline = performance.now() + (o.budgetMs ?? Infinity);
    const reports = new Array(targets.length);
    let k = 0;
    try {
        await Promise.all(Array.from({ length: Math.min(o.parallel ?? 2, targets.length) }, async () => {
            while (k < targets.length) {
                const i = k++;
                reports[i] = await fuzzTarget(targets[i], o, deadline, root);
            }
        }));
    }
    finally {
        rmSync(root, { recursive: true, force: true });
    }
    return reports;
}
/** The table of counts (Markdown), as the README and the issue notes show it. */
export function fuzzTable(reports) {
    const rows = reports.map((r) => `| ${r.target} | ${r.inputs}${r.cut ? ' (budget)' : ''} | ${r.accepted} | ${r.refused} | ${r.crashes.length} | ${r.hangs.length} | ${r.seconds.toFixed(1)} |`);
    return [
        '| reader | inputs | read whole | refused (Candor error) | crashes | hangs | seconds |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...rows,
    ].join('\n');
}
//# sourceMappingURL=runner.js.map