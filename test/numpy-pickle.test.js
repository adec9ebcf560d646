// NumPy object arrays read from their pickles (io/readers/numpy-pickle.ts), and NumPy's legacy
// RandomState shuffle (random/numpy-random-state.ts), against files and orders NumPy made
// (scripts/make_keras_text_fixtures.py).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArrayFile, readNpyItems } from '../src/io/readers/arrays.js';
import { unpickleNumpyArray } from '../src/io/readers/numpy-pickle.js';
import { NumpyRandomState } from '../src/random/numpy-random-state.js';
const at = (name) => join('test', 'fixtures', 'datasets', name);
const shuffles = JSON.parse(readFileSync(at('keras-text.json'), 'utf8')).shuffles;
describe('NumPy object arrays (.npy with dtype=object)', () => {
    it('string labels and mixed numbers (pickle protocols 2 and 4) read as values, as candor score takes them', () => {
        assert.deepEqual(readArrayFile(at('labels-object.npy'), 'test').values, ['cat', 'dog', 'cat', 'bird']);
        // np.int64(1), 0, 2.5, True: a NumPy scalar (its bytes via _codecs.encode), ints, a float, a bool.
        assert.deepEqual(readArrayFile(at('labels-object-p2.npy'), 'test').values, [1, 0, 2.5, 1]);
    });
    it('ragged int32 arrays inside an object array are decoded; score refuses them with what to do', () => {
        const { shape, items } = readNpyItems(readFileSync(at('ragged-int32.npy')), 'ragged');
        assert.deepEqual(shape, [3]);
        assert.deepEqual(items.map((v) => v.items), [[0, 1], [0, 2, 4, 6], [0]]);
        assert.throws(() => readArrayFile(at('ragged-int32.npy'), 'test'), /element 0 is a NumPy array \(ragged sequences: pad them/);
    });
    it('a pickle naming anything but NumPy array parts is refused before it is built', () => {
        // protocol 2: GLOBAL 'os system', then STOP — never called, refused at the name.
        const evil = Buffer.from('\x80\x02cos\nsystem\nq\x00.', 'latin1');
        assert.throws(() => unpickleNumpyArray(evil, 'evil.npy'), /evil.npy: the pickle uses os.system; only NumPy arrays/);
    });
    it('a truncated pickle or a header/pickle shape mismatch is an error naming the file', () => {
        const bytes = readFileSync(at('labels-object.npy'));
        assert.throws(() => unpickleNumpyArray(bytes.subarray(128, 140), 'cut.npy'), /cut.npy is not a readable NumPy pickle file/);
        const edited = Buffer.from(bytes);
        const header = edited.toString('latin1', 0, 128);
        const i = header.indexOf("'shape': (4,)");
        edited.write("'shape': (5,)", i, 'latin1');
        assert.throws(() => readNpyItems(edited, 'edited.npy'), /edited.npy: the .npy header declares shape \[5\] but its pickle holds shape \[4\]/);
    });
});
describe("NumPy's RandomState(seed).shuffle (Keras' data-set order)", () => {
    it('gives the order NumPy gives for each seed and length, and chains two shuffles as one generator', () => {
        for (const [key, expected] of Object.entries(shuffles)) {
            const [seed, lengths] = key.split(':');
            const rng = new NumpyRandomState(Number(seed));
            const got = lengths.split(',').flatMap((n) => rng.shuffle(Array.from({ length: Number(n) }, (_, i) => i)));
            assert.deepEqual(got, expected, key);
        }
    });
    it('refuses seeds NumPy refuses', () => {
        assert.throws(() => new NumpyRandomState(-1), /"seed" must be an integer in \[0, 2\^32 - 1\]. Received: seed=-1/);
        assert.throws(() => new NumpyRandomState(2 ** 32), /Received: seed=4294967296/);
    });
});
//# sourceMappingURL=numpy-pickle.test.js.map