/**
 * NumPy object arrays from their pickles (what np.save writes for dtype=object: Keras' imdb.npz and
 * reuters.npz, ragged sequences, string labels from pandas), read by the pickleparser package with a
 * closed list of names: NumPy's array, dtype and scalar constructors and `_codecs.encode`. Any other
 * name in the pickle is refused, so a file cannot make the reader build arbitrary objects.
 */
import { Parser } from 'pickleparser';
import { unreadable } from '../unreadable.js';
/** An unpickled NumPy array: its shape and its elements in C order (numbers, strings, lists, arrays). */
export class PickledArray {
    shape;
    items;
    constructor(shape, items) {
        this.shape = shape;
        this.items = items;
    }
}
/** A pickled numpy.dtype: its name ('O8', 'i4', 'f8') until BUILD gives the byte order. */
class PickledDtype {
    name;
    byteOrder = '|';
    constructor(name) {
        this.name = name;
    }
    __setstate__(state) {
        if (typeof state[1] === 'string')
            this.byteOrder = state[1];
    }
}
/** Element decoders for the numeric dtypes a raw buffer may hold (little-endian, as x86 and ARM write). */
const READERS = {
    b1: [1, (v, at) => v.getUint8(at)],
    i1: [1, (v, at) => v.getInt8(at)],
    u1: [1, (v, at) => v.getUint8(at)],
    i2: [2, (v, at) => v.getInt16(at, true)],
    u2: [2, (v, at) => v.getUint16(at, true)],
    i4: [4, (v, at) => v.getInt32(at, true)],
    u4: [4, (v, at) => v.getUint32(at, true)],
    i8: [8, (v, at) => Number(v.getBigInt64(at, true))],
    u8: [8, (v, at) => Number(v.getBigUint64(at, true))],
    f4: [4, (v, at) => v.getFloat32(at, true)],
    f8: [8, (v, at) => v.getFloat64(at, true)],
};
/** Raw bytes as pickles carry them: bytes (protocol 3+), latin-1 text (Python 2's str, `_codecs.encode`). */
function bytesOf(raw, source) {
    if (raw instanceof Uint8Array)
        return raw;
    if (typeof raw === 'string')
        return Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff);
    throw new Error(`${source}: a pickled NumPy buffer is ${typeof raw}, expected bytes`);
}
function decode(dtype, raw, count, source) {
    const reader = READERS[dtype.name];
    if (!reader || dtype.byteOrder === '>')
        throw new Error(`${source}: pickled NumPy values of dtype '${dtype.byteOrder}${dtype.name}' are not supported (numbers and booleans only)`);
    const bytes = bytesOf(raw, source);
    const [size, read] = reader;
    if (bytes.length !== count * size)
        throw new Error(`${source}: a pickled NumPy array declares ${count} '${dtype.name}' values but holds ${bytes.length} bytes`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Array.from({ length: count }, (_, i) => read(view, i * size));
}
/** numpy.core.multiarray._reconstruct(ndarray, (0,), b'b'), then BUILD (version, shape, dtype, fortran, data). */
class ReconstructedArray {
    source;
    array;
    constructor(source) {
        this.source = source;
    }
    __setstate__(state) {
        const [, shape, dtype, fortran, data] = state;
        if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0) || !(dtype instanceof PickledDtype))
            throw new Error(`${this.source}: a pickled NumPy array has no valid shape and dtype`);
        const count = shape.reduce((a, b) => a * b, 1);
        const items = dtype.name === 'O8' || dtype.name === 'O4' ? data : decode(dtype, data, count, this.source);
        if (!Array.isArray(items) || items.length !== count)
            throw new Error(`${this.source}: a pickled NumPy array declares ${count} elements but holds ${Array.isArray(items) ? items.length : 0}`);
        if (fortran === true && shape.length > 1)
            throw new Error(`${this.source}: Fortran-ordered object arrays are not supported; save with np.ascontiguousarray`);
        this.array = new PickledArray([...shape], items.map(unwrap));
    }
}
/** Replaces reader-internal objects by plain values: arrays by PickledArray, lists element by element. */
function unwrap(v) {
    if (v instanceof ReconstructedArray)
        return v.array;
    if (Array.isArray(v))
        return v.map(unwrap);
    return v;
}
/** The closed list of names a NumPy pickle may use. */
function numpyNames(source) {
    const reconstruct = () => new ReconstructedArray(source);
    const names = {
        'numpy.core.multiarray._reconstruct': reconstruct,
        'numpy._core.multiarray._reconstruct': reconstruct,
        'numpy.ndarray': () => undefined,
        'numpy.dtype': (name) => new PickledDtype(name),
        'numpy.core.multiarray.scalar': (dtype, raw) => decode(dtype, raw, 1, source)[0],
        'numpy._core.multiarray.scalar': (dtype, raw) => decode(dtype, raw, 1, source)[0],
        '_codecs.encode': (text) => bytesOf(text, source),
    };
    return {
        resolve(module, name) {
            const f = names[`${module}.${name}`];
            if (!f)
                throw new Error(`${source}: the pickle uses ${module}.${name}; only NumPy arrays of numbers, strings and lists can be read`);
            // NumPy's pickles only REDUCE these names (plain calls), never construct them with NEWOBJ.
            return f;
        },
    };
}
/** Unpickles one NumPy array (protocols 2–5); errors name the source. */
export function unpickleNumpyArray(bytes, source) {
    let value;
    try {
        value = new Parser({ nameResolver: numpyNames(source), unpicklingTypeOfDictionary: 'Map' }).parse(bytes);
    }
    catch (err) {
        if (err instanceof Error && err.message.startsWith(source))
            throw err;
        throw unreadable(source, 'NumPy pickle', err);
    }
    const array = unwrap(value);
    if (!(array instanceof PickledArray))
        throw new Error(`${source}: the pickle holds a ${typeof value}, not a NumPy array`);
    return array;
}
//# sourceMappingURL=numpy-pickle.js.map