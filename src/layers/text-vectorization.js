/**
 * TextVectorization (Keras): strings standardized, split, optionally joined into n-grams, and
 * looked up in a vocabulary adapted on data (Keras' rules: most frequent first, ties by the token
 * in descending order; maxTokens counts the padding and out-of-vocabulary entries). Output modes
 * 'int' (padded id sequences), 'multi_hot', 'count' and 'tf_idf'. A model whose input feeds this
 * layer takes raw strings: they are vectorized where the data enters (fit, evaluate, predict),
 * and the vocabulary is saved in the layer's config, so one saved model goes from text to predictions.
 */
import { Tensor } from '../tensor/tensor.js';
import { describe } from '../tensor/describe.js';
import { Layer } from './layer.js';
import { arg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
/** One of the names, or null for none (not the default); a function (Keras allows one) cannot be saved with the model, so it is refused. */
const choiceOrNone = (choices, fallback) => ({
    required: false,
    read: (v, layer, name) => {
        if (v === undefined)
            return fallback;
        if (v === null || (typeof v === 'string' && choices.includes(v)))
            return v;
        throw new RangeError(`${layer}: argument "${name}" must be one of ${choices.map((c) => `'${c}'`).join(', ')} or null${typeof v === 'function' ? ' (a function cannot be saved with the model)' : ''}. Received: ${describe(v)}`);
    },
});
const refuseTrue = (why) => ({
    required: true,
    read: (v, layer, name) => {
        if (v === false || v === null)
            return false;
        throw new RangeError(`${layer}: argument "${name}" is not supported (${why}). Received: ${JSON.stringify(v)}`);
    },
});
const TEXT_VECTORIZATION_ARGS = layerArgs('TextVectorization', {
    /** The vocabulary's size including the padding ('' , 'int' mode) and out-of-vocabulary ('[UNK]') entries. */
    maxTokens: optional(arg.positiveInt(), undefined),
    standardize: choiceOrNone(['lower_and_strip_punctuation', 'lower', 'strip_punctuation'], 'lower_and_strip_punctuation'),
    split: choiceOrNone(['whitespace', 'character'], 'whitespace'),
    /** n: every n-gram from 1 to n; [2, 3]: exactly those sizes (Keras' ngrams). */
    ngrams: optional({
        required: true,
        read: (v, layer, name) => {
            if (v === null)
                return null;
            if (Number.isInteger(v) && v > 0)
                return Array.from({ length: v }, (_, i) => i + 1);
            if (Array.isArray(v) && v.length > 0 && v.every((n) => Number.isInteger(n) && n > 0))
                return [...v];
            throw new RangeError(`${layer}: argument "${name}" must be a positive integer, a list of them, or null. Received: ${describe(v)}`);
        },
    }, null),
    outputMode: optional(arg.oneOf(['int', 'multi_hot', 'count', 'tf_idf']), 'int'),
    /** 'int' mode: pad (with 0) or cut every sequence to this length; without it, to the longest in the data. */
    outputSequenceLength: optional(arg.positiveInt(), undefined),
    /** Non-int modes: the output is maxTokens wide even when the vocabulary is smaller. */
    padToMaxTokens: optional(arg.boolean(), false),
    /** A vocabulary to use instead of adapt (without the special entries). */
    vocabulary: optional({
        required: true,
        read: (v, layer, name) => {
            if (Array.isArray(v) && v.every((t) => typeof t === 'string'))
                return [...v];
            throw new RangeError(`${layer}: argument "${name}" must be a list of strings. Received: ${describe(v)}`);
        },
    }, undefined),
    /** 'tf_idf' with a given vocabulary: one weight per vocabulary entry (Keras' idf_weights). */
    idfWeights: optional({
        required: true,
        read: (v, layer, name) => {
            if (Array.isArray(v) && v.every((t) => typeof t === 'number' && Number.isFinite(t)))
                return [...v];
            throw new RangeError(`${layer}: argument "${name}" must be a list of finite numbers. Received: ${describe(v)}`);
        },
    }, undefined),
    sparse: optional(refuseTrue("Candor's tensors are dense"), false),
    ragged: optional(refuseTrue("Candor's tensors are dense; 'int' output is padded"), false),
    encoding: optional({
        required: true,
        read: (v, layer, name) => {
            if (v === 'utf-8' || v === 'utf8')
                return 'utf-8';
            throw new RangeError(`${layer}: argument "${name}" must be 'utf-8' (JavaScript strings are Unicode). Received: ${describe(v)}`);
        },
    }, 'utf-8'),
});
/** Keras' DEFAULT_STRIP_REGEX: ASCII punctuation. */
const PUNCTUATION = /[!"#$%&()*+,\-./:;<=>?@[\\\]^_`{|}~']/g;
const PAD = '';
const OOV = '[UNK]';
export class TextVectorization extends Layer {
    className = 'TextVectorization';
    args;
    outputMode;
    /** The learned tokens, most frequent first (no special entries); null before adapt or a vocabulary. */
    tokens = null;
    index = new Map();
    /** 'tf_idf': one weight per output column. */
    idf = null;
    constructor(config = {}) {
        const { args, base } = TEXT_VECTORIZATION_ARGS.read(config);
        super(base, 'TextVectorization');
        this.args = args;
        this.outputMode = args.outputMode;
        if (args.outputSequenceLength !== undefined && args.outputMode !== 'int')
            throw new RangeError(`TextVectorization: argument "outputSequenceLength" applies to outputMode 'int' only. Received: outputMode='${args.outputMode}'`);
        if (args.padToMaxTokens && (args.outputMode === 'int' || args.maxTokens === undefined))
            throw new RangeError(`TextVectorization: argument "padToMaxTokens" needs a non-int outputMode and maxTokens. Received: outputMode='${args.outputMode}', maxTokens=${args.maxTokens}`);
        if (args.maxTokens !== undefined && args.maxTokens <= this.specials().length)
            throw new RangeError(`TextVectorization: argument "maxTokens" counts the special entries (${this.specials()
                .map((s) => `'${s}'`)
                .join(', ')}), so it must exceed ${this.specials().length}. Received: ${args.maxTokens}`);
        if (args.idfWeights !== undefined && (args.outputMode !== 'tf_idf' || args.vocabulary === undefined))
            throw new RangeError('TextVectorization: argument "idfWeights" goes with outputMode \'tf_idf\' and a vocabulary');
        if (args.outputMode === 'tf_idf' && args.vocabulary !== undefined && args.idfWeights === undefined)
            throw new RangeError("TextVectorization: outputMode 'tf_idf' with a given vocabulary needs its idfWeights (one per vocabulary entry)");
        if (args.vocabulary !== undefined)
            this.setVocabulary(args.vocabulary, args.idfWeights);
    }
    /** The entries before the learned tokens: padding and OOV in 'int' mode, OOV otherwise (Keras). */
    specials() {
        return this.args.outputMode === 'int' ? [PAD, OOV] : [OOV];
    }
    /** Sets the vocabulary (the learned tokens, without the special entries); tf_idf takes a weight per token. */
    setVocabulary(tokens, idfWeights) {
        const specials = this.specials();
        const learned = tokens[0] === specials[0] && (specials.length === 1 || tokens[1] === specials[1]) ? tokens.slice(specials.length) : tokens;
        const twice = learned.find((t, i) => learned.indexOf(t) !== i);
        if (twice !== undefined)
            throw new RangeError(`TextVectorization "${this.name}": the vocabulary lists "${twice}" twice`);
        if (this.args.maxTokens !== undefined && learned.length + specials.length > this.args.maxTokens)
            throw new RangeError(`TextVectorization "${this.name}": a vocabulary of ${learned.length} tokens (+ ${specials.length} special) exceeds maxTokens=${this.args.maxTokens}`);
        this.tokens = [...learned];
        this.index = new Map(learned.map((t, i) => [t, i + specials.length]));
        if (this.outputMode === 'tf_idf') {
            const weights = idfWeights ? [...idfWeights] : [];
            if (weights.length === learned.length + specials.length)
                weights.splice(0, specials.length);
            if (weights.length !== learned.length)
                throw new RangeError(`TextVectorization "${this.name}": idfWeights needs one weight per vocabulary entry (${learned.length}). Received: ${weights.length}`);
            this.setIdf(weights);
        }
    }
    /** tf_idf weights per output column: OOV gets the mean of the tokens' (Keras), columns past the vocabulary 0. */
    setIdf(weights) {
        const width = this.outputWidth();
        const idf = new Float32Array(width);
        idf[0] = weights.length > 0 ? weights.reduce((a, b) => a + b, 0) / weights.length : 0;
        weights.forEach((w, i) => (idf[i + 1] = w));
        this.idf = idf;
    }
    /** The vocabulary with its special entries first (Keras' get_vocabulary). */
    getVocabulary() {
        this.requireVocabulary('getVocabulary');
        return [...this.specials(), ...this.tokens];
    }
    vocabularySize() {
        return this.getVocabulary().length;
    }
    requireVocabulary(where) {
        if (!this.tokens)
            throw new Error(`TextVectorization "${this.name}": ${where} needs a vocabulary: call adapt(texts) on training texts, or pass vocabulary`);
    }
    /** Standardized, split and n-grammed tokens of one text. */
    tokensOf(text) {
        const mode = this.args.standardize;
        let t = text;
        if (mode === 'lower' || mode === 'lower_and_strip_punctuation')
            t = t.toLowerCase();
        if (mode === 'strip_punctuation' || mode === 'lower_and_strip_punctuation')
            t = t.replace(PUNCTUATION, '');
        const words = this.args.split === 'whitespace' ? t.split(/\s+/).filter((w) => w.length > 0) : this.args.split === 'character' ? [...t] : [t];
        const sizes = this.args.ngrams;
        if (!sizes)
            return words;
        const out = [];
        // Keras' order: all n-grams of the smallest size, then the next (tf.strings.ngrams per size, concatenated).
        for (const n of sizes)
            for (let i = 0; i + n <= words.length; i++)
                out.push(words.slice(i, i + n).join(' '));
        return out;
    }
    /** Texts from what a user passes: a list of strings, or a list of one-string rows (Keras' (N, 1)). */
    texts(value, where) {
        const fail = () => {
            throw new TypeError(`${where}: TextVectorization "${this.name}" reads a list of strings (or of one-string rows). Received: ${describe(value)}`);
        };
        if (!Array.isArray(value))
            return fail();
        return value.map((v) => (typeof v === 'string' ? v : Array.isArray(v) && v.length === 1 && typeof v[0] === 'string' ? v[0] : fail()));
    }
    /** Learns the vocabulary (and tf_idf's document frequencies) from texts, replacing any earlier one. */
    adapt(data) {
        const texts = this.texts(data, 'adapt');
        const counts = new Map();
        const documents = new Map();
        for (const text of texts) {
            const tokens = this.tokensOf(text);
            for (const t of tokens)
                counts.set(t, (counts.get(t) ?? 0) + 1);
            for (const t of new Set(tokens))
                documents.set(t, (documents.get(t) ?? 0) + 1);
        }
        for (const special of [PAD, OOV])
            counts.delete(special);
        // Keras: by count, most frequent first; ties by the token, in descending order (numpy lexsort reversed).
        const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)).map(([t]) => t);
        const room = this.args.maxTokens === undefined ? sorted.length : this.args.maxTokens - this.specials().length;
        const kept = sorted.slice(0, room);
        // Keras' inverse document frequency: log(1 + documents / (1 + documents containing the token)).
        const idf = kept.map((t) => Math.log(1 + texts.length / (1 + documents.get(t))));
        this.setVocabulary(kept, this.outputMode === 'tf_idf' ? idf : undefined);
    }
    /** Columns of a non-int output: the vocabulary, or maxTokens with padToMaxTokens. */
    outputWidth() {
        return this.args.padToMaxTokens ? this.args.maxTokens : this.specials().length + this.tokens.length;
    }
    /** Texts to a tensor: (N, length) ids in 'int' mode, (N, width) otherwise. */
    vectorize(value, where = 'TextVectorization') {
        const texts = this.texts(value, where);
        this.requireVocabulary(where);
        const oov = this.outputMode === 'int' ? 1 : 0;
        const ids = texts.map((text) => this.tokensOf(text).map((t) => this.index.get(t) ?? oov));
        if (this.outputMode === 'int') {
            const length = this.args.outputSequenceLength ?? Math.max(1, ...ids.map((s) => s.length));
            const out = new Float32Array(texts.length * length);
            ids.forEach((s, i) => s.slice(0, length).forEach((id, j) => (out[i * length + j] = id)));
            return new Tensor(out, [texts.length, length], 'float32');
        }
        const width = this.outputWidth();
        const out = new Float32Array(texts.length * width);
        ids.forEach((s, i) => {
            for (const id of s) {
                if (this.outputMode === 'multi_hot')
                    out[i * width + id] = 1;
                else
                    out[i * width + id] += 1;
            }
            if (this.outputMode === 'tf_idf')
                for (let j = 0; j < width; j++)
                    out[i * width + j] *= this.idf[j];
        });
        return new Tensor(out, [texts.length, width], 'float32');
    }
    /** The sample shape of the vectorized output ('int' without outputSequenceLength: any length). */
    vectorizedShape() {
        if (this.outputMode === 'int')
            return [this.args.outputSequenceLength ?? -1];
        if (this.args.padToMaxTokens)
            return [this.args.maxTokens];
        this.requireVocabulary('a model using it');
        return [this.outputWidth()];
    }
    /** In a model the strings were vectorized where the data entered: the layer passes the vectorized batch on. */
    call(x) {
        return x;
    }
    build(_inputShape, rng) {
        super.build(this.vectorizedShape(), rng);
    }
    computeOutputShape() {
        return this.vectorizedShape();
    }
    layerConfig() {
        const a = this.args;
        const idf = this.idf && this.tokens ? Array.from(this.idf.subarray(1, 1 + this.tokens.length)) : undefined;
        return {
            ...(a.maxTokens !== undefined ? { maxTokens: a.maxTokens } : {}),
            standardize: a.standardize,
            split: a.split,
            ngrams: a.ngrams,
            outputMode: a.outputMode,
            ...(a.outputSequenceLength !== undefined ? { outputSequenceLength: a.outputSequenceLength } : {}),
            padToMaxTokens: a.padToMaxTokens,
            // The adapted vocabulary is part of the config, so a saved model reads text again after loading.
            ...(this.tokens ? { vocabulary: [...this.tokens] } : {}),
            ...(idf ? { idfWeights: idf } : {}),
        };
    }
}
defineLayer('TextVectorization', TextVectorization);
export const textVectorizationLayers = {
    textVectorization: (config = {}) => new TextVectorization(config),
};
//# sourceMappingURL=text-vectorization.js.map