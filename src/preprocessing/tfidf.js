/** TF-IDF (scikit-learn's TfidfTransformer and TfidfVectorizer). */
import { Tensor } from '../tensor/tensor.js';
import { toFloatData } from '../tensor/input.js';
/** scikit-learn's TfidfTransformer: term counts (documents × terms) to tf-idf weights. */
export class TfidfTransformer {
    idf = null;
    o;
    constructor(options = {}) {
        this.o = {
            norm: options.norm === undefined ? 'l2' : options.norm,
            useIdf: options.useIdf ?? true,
            smoothIdf: options.smoothIdf ?? true,
            sublinearTf: options.sublinearTf ?? false,
        };
    }
    fit(counts) {
        const x = toFloatData(counts, 'TfidfTransformer.fit', 'counts');
        if (x.rank !== 2)
            throw new RangeError(`TfidfTransformer.fit: counts must be (documents, terms). Received: shape=[${x.shape.join(',')}]`);
        const [n, d] = x.shape;
        const df = new Float64Array(d);
        for (let i = 0; i < n; i++)
            for (let j = 0; j < d; j++)
                if (x.data[i * d + j] > 0)
                    df[j]++;
        const smooth = this.o.smoothIdf ? 1 : 0;
        this.idf = df.map((f) => Math.log((n + smooth) / (f + smooth)) + 1);
        return this;
    }
    transform(counts) {
        const x = toFloatData(counts, 'TfidfTransformer.transform', 'counts');
        const [n, d] = x.shape;
        if (this.o.useIdf && (!this.idf || this.idf.length !== d)) {
            throw new RangeError(`TfidfTransformer.transform: expected ${this.idf?.length ?? '(call fit first)'} terms. Received: shape=[${x.shape.join(',')}]`);
        }
        const out = new Float32Array(n * d);
        const row = new Float64Array(d);
        for (let i = 0; i < n; i++) {
            let norm = 0;
            for (let j = 0; j < d; j++) {
                let tf = x.data[i * d + j];
                if (this.o.sublinearTf && tf > 0)
                    tf = 1 + Math.log(tf);
                // A zero count stays zero even where idf is infinite (a term in no document, smoothIdf off), as in scikit-learn's sparse product.
                row[j] = tf === 0 ? 0 : this.o.useIdf ? tf * this.idf[j] : tf;
                norm += this.o.norm === 'l1' ? Math.abs(row[j]) : row[j] * row[j];
            }
            const scale = this.o.norm === null || norm === 0 ? 1 : this.o.norm === 'l2' ? 1 / Math.sqrt(norm) : 1 / norm;
            for (let j = 0; j < d; j++)
                out[i * d + j] = row[j] * scale;
        }
        return new Tensor(out, [n, d], 'float32');
    }
    fitTransform(counts) {
        return this.fit(counts).transform(counts);
    }
}
/** scikit-learn's default token pattern (?u)\b\w\w+\b: runs of two or more word characters. */
const TOKEN = /[\p{L}\p{N}_]{2,}/gu;
/** scikit-learn's TfidfVectorizer: texts to tf-idf rows over an alphabetical vocabulary. */
export class TfidfVectorizer {
    options;
    vocabulary = [];
    index = new Map();
    transformer;
    constructor(options = {}) {
        this.options = options;
        this.transformer = new TfidfTransformer(options);
    }
    tokens(text) {
        return ((this.options.lowercase ?? true) ? text.toLowerCase() : text).match(TOKEN) ?? [];
    }
    counts(texts) {
        const d = this.vocabulary.length;
        const out = new Float32Array(texts.length * d);
        texts.forEach((text, i) => {
            for (const tok of this.tokens(text)) {
                const j = this.index.get(tok);
                if (j !== undefined)
                    out[i * d + j]++;
            }
        });
        return new Tensor(out, [texts.length, d], 'float32');
    }
    fit(texts) {
        const n = texts.length;
        const df = new Map();
        const total = new Map();
        for (const text of texts) {
            const toks = this.tokens(text);
            for (const t of toks)
                total.set(t, (total.get(t) ?? 0) + 1);
            for (const t of new Set(toks))
                df.set(t, (df.get(t) ?? 0) + 1);
        }
        // JavaScript cannot tell 1 from 1.0, so: minDf below 1 and maxDf up to 1 are fractions of the documents, otherwise counts.
        const { minDf: minOption, maxDf: maxOption } = this.options;
        const minDf = minOption === undefined ? 1 : minOption < 1 ? minOption * n : minOption;
        const maxDf = maxOption === undefined ? n : maxOption <= 1 ? maxOption * n : maxOption;
        let terms = [...df.entries()].filter(([, f]) => f >= minDf && f <= maxDf).map(([t]) => t);
        if (this.options.maxFeatures !== undefined) {
            terms = terms.sort((a, b) => total.get(b) - total.get(a) || (a < b ? -1 : 1)).slice(0, this.options.maxFeatures);
        }
        this.vocabulary = terms.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (this.vocabulary.length === 0)
            throw new RangeError(`TfidfVectorizer.fit: no term is left (minDf=${this.options.minDf}, maxDf=${this.options.maxDf}). Received: ${n} documents`);
        this.index = new Map(this.vocabulary.map((t, j) => [t, j]));
        this.transformer.fit(this.counts(texts));
        return this;
    }
    transform(texts) {
        if (this.vocabulary.length === 0)
            throw new Error('TfidfVectorizer.transform: call fit first.');
        return this.transformer.transform(this.counts(texts));
    }
    fitTransform(texts) {
        return this.fit(texts).transform(texts);
    }
}
//# sourceMappingURL=tfidf.js.map