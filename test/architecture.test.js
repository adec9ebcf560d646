/**
 * The folder order of ARCHITECTURE (README "Layout"): a module may import from its own folder and
 * from folders earlier in LAYERS, never from a later one, and no import cycle may exist between
 * modules. Only imports that run count (`import type` is erased by tsc); a lazy `import()` inside
 * an async method is how a lower folder reaches a higher one (Keras' saving_api does the same).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
/** Lowest first. Data flows down this list. */
export const LAYERS = [
    'root', // version.ts, usage-error.ts: constants every folder may read
    'random',
    'tensor',
    'registry',
    'kernels',
    'ops',
    'autograd',
    'io',
    'layers',
    'losses',
    'optimizers',
    'evaluation',
    'training',
    'models',
    'preprocessing',
    'datasets',
    'saving',
    'interop',
    'config',
    'experiment',
    'report',
    'diagnose',
    'cli',
    'index',
];
function files(dir, out = []) {
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory())
            files(path, out);
        else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts'))
            out.push(path);
    }
    return out;
}
const layerOf = (file) => {
    const rel = relative(SRC, file);
    if (rel === 'index.ts')
        return 'index';
    return rel.includes('/') ? rel.split('/')[0] : 'root';
};
/** Static imports that run: `import … from`, `export … from`, bare `import '…'`; not `import type`, not all-`type` lists. */
function valueImports(file) {
    const text = readFileSync(file, 'utf8');
    const out = [];
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)) {
        const spec = m[4] ?? m[5];
        if (m[2])
            continue;
        const names = m[3] ?? '';
        const list = /\{([^}]*)\}/.exec(names);
        const onlyTypes = list &&
            !/^\s*\w+\s*,/.test(names) &&
            !names.includes('* as') &&
            list[1]
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
                .every((n) => n.startsWith('type '));
        if (onlyTypes)
            continue;
        out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
    }
    return out;
}
const graph = new Map(files(SRC).map((f) => [f, valueImports(f)]));
test('every import runs down the folder order of the architecture', () => {
    const rank = (f) => LAYERS.indexOf(layerOf(f));
    const unknown = [...graph.keys()].filter((f) => rank(f) < 0).map((f) => relative(SRC, f));
    assert.deepEqual(unknown, [], `folders missing from LAYERS: ${unknown.join(', ')}`);
    const upward = [];
    for (const [file, deps] of graph) {
        for (const dep of deps)
            if (rank(dep) > rank(file))
                upward.push(`${relative(SRC, file)} -> ${relative(SRC, dep)}`);
    }
    assert.deepEqual(upward, [], `imports from a lower folder to a higher one:\n${upward.join('\n')}`);
});
test('no library module imports the public barrel src/index.ts', () => {
    const barrel = join(SRC, 'index.ts');
    const offenders = [...graph].filter(([f, deps]) => f !== barrel && deps.includes(barrel)).map(([f]) => relative(SRC, f));
    assert.deepEqual(offenders, []);
});
test('there is no import cycle between modules', () => {
    const state = new Map();
    const stack = [];
    const cycles = [];
    const visit = (f) => {
        state.set(f, 'open');
        stack.push(f);
        for (const dep of graph.get(f) ?? []) {
            if (!graph.has(dep))
                continue;
            if (state.get(dep) === 'open')
                cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((p) => relative(SRC, p)).join(' -> '));
            else if (!state.has(dep))
                visit(dep);
        }
        stack.pop();
        state.set(f, 'done');
    };
    for (const f of graph.keys())
        if (!state.has(f))
            visit(f);
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.join('\n')}`);
});
test('the architecture test sees imports (a planted upward import would be caught)', () => {
    // Guards the guard: the parser must find the value imports of a known module.
    const seq = [...graph.keys()].find((f) => f.endsWith(join('layers', 'core.ts')));
    assert.ok(graph.get(seq).some((d) => d.endsWith(join('layers', 'layer.ts'))));
    assert.ok(!graph.get(seq).some((d) => d.endsWith(join('tensor', 'tensor.ts'))), 'a type-only import counted as a value import');
});
test('every module says in its first line what it is for', () => {
    const silent = [...graph.keys()]
        .filter((f) => !/^(#![^\n]*\n)?\s*(\/\*|\/\/)/.test(readFileSync(f, 'utf8')))
        .map((f) => relative(SRC, f));
    assert.deepEqual(silent, [], `modules without a leading comment:\n${silent.join('\n')}`);
});
test('the public option and config types are exported from the package', () => {
    const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
    const missing = [];
    for (const file of graph.keys()) {
        // The CLI's own option bags and the worker pool's are not part of the library's API.
        if (/\/cli\/|experiment\/pool\.ts$/.test(file))
            continue;
        for (const m of readFileSync(file, 'utf8').matchAll(/^export (?:interface|type) (\w+(?:Options|Config))\b/gm)) {
            if (!new RegExp(`\\b${m[1]}\\b`).test(index))
                missing.push(`${m[1]} (${relative(SRC, file)})`);
        }
    }
    assert.deepEqual(missing, [], `option types not exported from src/index.ts:\n${missing.join('\n')}`);
});
//# sourceMappingURL=architecture.test.js.map