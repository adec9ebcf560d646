/** Keras' text tools: Tokenizer and padSequences. */
import { Tensor } from '../tensor/tensor.js';
/** Keras' default filters: punctuation, tabs and newlines are removed before splitting. */
const KERAS_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n';
/** Keras' text Tokenizer: word indices by frequency (1-based; 0 is padding). */
export class Tokenizer {
    wordCounts = new Map();
    wordIndex = new Map();
    o;
    constructor(options = {}) {
        if (options.numWords !== undefined && (!Number.isInteger(options.numWords) || options.numWords < 1)) {
            throw new RangeError(`Tokenizer: argument "numWords" must be a positive integer. Received: numWords=${options.numWords}`);
        }
        this.o = { ...options, filters: options.filters ?? KERAS_FILTERS, lower: options.lower ?? true, split: options.split ?? ' ' };
    }
    /** Splits one text the Keras way (text_to_word_sequence). */
    words(text) {
        let t = this.o.lower ? text.toLowerCase() : text;
        for (const ch of this.o.filters)
            t = t.split(ch).join(this.o.split);
        return t.split(this.o.split).filter((w) => w.length > 0);
    }
    fitOnTexts(texts) {
        for (const text of texts)
            for (const w of this.words(text))
                this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + 1);
        // Most frequent first; ties keep first-seen order (Python's stable sort, as Keras).
        const sorted = [...this.wordCounts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
        const vocabulary = this.o.oovToken === undefined ? sorted : [this.o.oovToken, ...sorted.filter((w) => w !== this.o.oovToken)];
        this.wordIndex = new Map(vocabulary.map((w, i) => [w, i + 1]));
        return this;
    }
    /** Each text as word indices; out-of-vocabulary words become the oov index, or are dropped without one. */
    textsToSequences(texts) {
        const limit = this.o.numWords ?? Infinity;
        const oov = this.o.oovToken === undefined ? undefined : this.wordIndex.get(this.o.oovToken);
        return texts.map((text) => this.words(text).flatMap((w) => {
            const i = this.wordIndex.get(w);
            if (i !== undefined && i < limit)
                return [i];
            return oov !== undefined ? [oov] : [];
        }));
    }
}
/** Keras' pad_sequences: a (n, maxlen) float32 tensor of ids. */
export function padSequences(sequences, options = {}) {
    const maxlen = options.maxlen ?? Math.max(0, ...sequences.map((s) => s.length));
    if (!Number.isInteger(maxlen) || maxlen < 0)
        throw new RangeError(`padSequences: argument "maxlen" must be a non-negative integer. Received: maxlen=${options.maxlen}`);
    for (const [name, v] of [
        ['padding', options.padding],
        ['truncating', options.truncating],
    ]) {
        if (v !== undefined && v !== 'pre' && v !== 'post')
            throw new RangeError(`padSequences: argument "${name}" must be 'pre' or 'post'. Received: ${name}=${JSON.stringify(v)}`);
    }
    const out = new Float32Array(sequences.length * maxlen).fill(options.value ?? 0);
    sequences.forEach((seq, r) => {
        const kept = seq.length <= maxlen ? seq : options.truncating === 'post' ? seq.slice(0, maxlen) : seq.slice(seq.length - maxlen);
        const start = options.padding === 'post' ? 0 : maxlen - kept.length;
        out.set(kept, r * maxlen + start);
    });
    return new Tensor(out, [sequences.length, maxlen], 'float32');
}
//# sourceMappingURL=text.js.map