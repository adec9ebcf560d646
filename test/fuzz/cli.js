import { parseArgs } from 'node:util';
import { TARGETS } from './targets.js';
import { fuzz, fuzzTable } from './runner.js';
/**
 * `npm run fuzz -- [--mutations 20000] [--seed 1] [--budget-minutes 60] [--target IDX]`: the long
 * fuzz run. Prints the table of counts and every crash or hang with its index (rerun with the same
 * seed to replay it); exits 1 when any input crashed or hung.
 */
const { values } = parseArgs({
    options: {
        mutations: { type: 'string', default: '20000' },
        seed: { type: 'string', default: '1' },
        'budget-minutes': { type: 'string', default: '60' },
        target: { type: 'string', multiple: true },
        parallel: { type: 'string', default: '2' },
    },
});
const number = (text, name) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new Error(`--${name} must be a positive integer. Received: ${JSON.stringify(text)}`);
    return n;
};
const wanted = values.target ?? [];
const targets = TARGETS.map((t) => t.name).filter((n) => wanted.length === 0 || wanted.some((w) => n.toLowerCase().includes(w.toLowerCase())));
if (targets.length === 0)
    throw new Error(`--target matches none of: ${TARGETS.map((t) => t.name).join(', ')}`);
const mutations = number(values.mutations, 'mutations');
const reports = await fuzz(targets, {
    mutations,
    seed: number(values.seed, 'seed'),
    budgetMs: number(values['budget-minutes'], 'budget-minutes') * 60_000,
    parallel: number(values.parallel, 'parallel'),
});
console.log(`${mutations} mutations per reader, seed ${values.seed}\n`);
console.log(fuzzTable(reports));
const findings = reports.flatMap((r) => [
    ...r.crashes.map((f) => ({ ...f, what: 'crash', target: r.target })),
    ...r.hangs.map((f) => ({ ...f, what: 'hang', target: r.target })),
]);
for (const f of findings)
    console.log(`\n${f.what} in ${f.target}, input ${f.index} (${f.kind}): ${f.detail}`);
process.exitCode = findings.length > 0 ? 1 : 0;
//# sourceMappingURL=cli.js.map