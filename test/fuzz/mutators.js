import { Rng } from '../../src/random/rng.js';
const TOKENS = [
    'NaN',
    '-1',
    '0',
    '-0',
    '1e309',
    '-1e309',
    '4294967296',
    '2147483648',
    '1e9',
    '"',
    ',',
    ';',
    '\n',
    '\r\n',
    '{',
    '}',
    '[',
    ']',
    'null',
    '?',
    '%',
    '@data',
    '\u0000',
    '\ufeff',
    ' ',
];
const WORDS = [0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 0x10000, 0xff];
const JSON_VALUES = [null, true, false, 0, -1, 0.5, 1e300, -1e300, 2 ** 31, 1e9, 'x', '', [], {}, [1, 2], { a: 1 }, [[]], 'NaN'];
const BYTE_MUTATORS = {
    truncate: (b, rng) => b.subarray(0, rng.int(b.length + 1)),
    'set bytes': (b, rng) => {
        const out = Buffer.from(b);
        for (let i = 0, n = 1 + rng.int(4); i < n && out.length; i++)
            out[rng.int(out.length)] = rng.int(256);
        return out;
    },
    'flip bit': (b, rng) => {
        const out = Buffer.from(b);
        if (out.length)
            out[rng.int(out.length)] ^= 1 << rng.int(8);
        return out;
    },
    insert: (b, rng) => {
        const at = rng.int(b.length + 1);
        const extra = Buffer.from(Array.from({ length: 1 + rng.int(16) }, () => rng.int(256)));
        return Buffer.concat([b.subarray(0, at), extra, b.subarray(at)]);
    },
    erase: (b, rng) => {
        const at = rng.int(b.length + 1);
        return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + rng.int(32)))]);
    },
    duplicate: (b, rng) => {
        const from = rng.int(b.length + 1);
        const chunk = b.subarray(from, Math.min(b.length, from + 1 + rng.int(64)));
        const at = rng.int(b.length + 1);
        return Buffer.concat([b.subarray(0, at), chunk, b.subarray(at)]);
    },
    token: (b, rng) => {
        const at = rng.int(b.length + 1);
        return Buffer.concat([b.subarray(0, at), Buffer.from(TOKENS[rng.int(TOKENS.length)]), b.subarray(at)]);
    },
    'replace number': (b, rng) => {
        const text = b.toString('latin1');
        const numbers = [...text.matchAll(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi)];
        if (numbers.length === 0)
            return b;
        const m = numbers[rng.int(numbers.length)];
        const replacement = ['0', '-1', '1e9', '2147483648', '1e309', 'NaN', '0.5', '99999999999'][rng.int(8)];
        return Buffer.from(text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length), 'latin1');
    },
    'set word': (b, rng) => {
        const out = Buffer.from(b);
        if (out.length >= 4)
            out.writeUInt32BE(WORDS[rng.int(WORDS.length)], rng.int(out.length - 3));
        return out;
    },
    empty: () => Buffer.alloc(0),
};
function slots(doc) {
    const out = [];
    const walk = (o) => {
        if (Array.isArray(o))
            o.forEach((v, i) => {
                out.push([o, i]);
                walk(v);
            });
        else if (o && typeof o === 'object')
            for (const [k, v] of Object.entries(o)) {
                out.push([o, k]);
                walk(v);
            }
    };
    walk(doc);
    return out;
}
const JSON_MUTATORS = {
    'json: set a field to another kind': (doc, rng) => {
        const s = slots(doc);
        if (s.length === 0)
            return;
        const [obj, key] = s[rng.int(s.length)];
        obj[key] = structuredClone(JSON_VALUES[rng.int(JSON_VALUES.length)]);
    },
    'json: delete a field': (doc, rng) => {
        const s = slots(doc).filter(([o]) => !Array.isArray(o));
        if (s.length === 0)
            return;
        const [obj, key] = s[rng.int(s.length)];
        delete obj[key];
    },
    'json: swap or repeat array items': (doc, rng) => {
        const arrays = slots(doc)
            .map(([o, k]) => o[k])
            .filter((v) => Array.isArray(v) && v.length > 0);
        if (arrays.length === 0)
            return;
        const a = arrays[rng.int(arrays.length)];
        const [i, j] = [rng.int(a.length), rng.int(a.length)];
        if (rng.uniform() < 0.5)
            [a[i], a[j]] = [a[j], a[i]];
        else
            a.splice(i, 0, structuredClone(a[j]));
    },
};
function hash(...parts) {
    let h = 2166136261;
    for (const ch of parts.join('\u0000'))
        h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return h;
}
/** Input `index` of a fuzz run: one of the target's seed inputs with 1–3 mutations applied. */
export function mutationFor(seed, target, index, inputs, json) {
    const rng = new Rng(hash(seed, target, index));
    const from = rng.int(inputs.length);
    let bytes = inputs[from];
    const kinds = [];
    if (json && rng.uniform() < 0.5) {
        let doc;
        try {
            doc = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            doc = null;
        }
        if (doc !== null) {
            for (let n = 1 + rng.int(2), k = 0; k < n; k++) {
                const names = Object.keys(JSON_MUTATORS);
                const name = names[rng.int(names.length)];
                JSON_MUTATORS[name](doc, rng);
                kinds.push(name);
            }
            return { kind: kinds.join(' + '), bytes: Buffer.from(JSON.stringify(doc)), from };
        }
    }
    const names = Object.keys(BYTE_MUTATORS);
    for (let n = 1 + rng.int(3), k = 0; k < n; k++) {
        const name = names[rng.int(names.length)];
        bytes = BYTE_MUTATORS[name](bytes, rng);
        kinds.push(name);
    }
    return { kind: kinds.join(' + '), bytes, from };
}
/** The mutator names, for the README table. */
export const MUTATORS = { bytes: Object.keys(BYTE_MUTATORS), json: Object.keys(JSON_MUTATORS) };
//# sourceMappingURL=mutators.js.map