/**
 * TextVectorization (Keras): strings standardized, split, optionally joined into n-grams, and
 * looked up in a vocabulary adapted on data (Keras' rules: most frequent first, ties by the token
 * in descending order; maxTokens counts the padding and out-of-vocabulary entries). Output modes
 * 'int' (padded id sequences), 'multi_hot', 'count' and 'tf_idf'. A model whose input feeds this
 * layer takes raw strings: they are vectorized where the data enters (fit, evaluate, predict),
 * and the vocabulary is saved in the layer's config, so one saved model goes from text to predictions.
 */
import { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from './layer.js';
import { type Arg, type ConfigOf } from './args.js';
type OutputMode = 'int' | 'multi_hot' | 'count' | 'tf_idf';
declare const TEXT_VECTORIZATION_ARGS: import("./args.js").LayerArgs<{
    /** The vocabulary's size including the padding ('' , 'int' mode) and out-of-vocabulary ('[UNK]') entries. */
    maxTokens: Arg<number | null, number | undefined, false>;
    standardize: Arg<"lower_and_strip_punctuation" | "lower" | "strip_punctuation" | null, "lower_and_strip_punctuation" | "lower" | "strip_punctuation" | null, false>;
    split: Arg<"whitespace" | "character" | null, "whitespace" | "character" | null, false>;
    /** n: every n-gram from 1 to n; [2, 3]: exactly those sizes (Keras' ngrams). */
    ngrams: Arg<number | number[] | null, number[] | null, false>;
    outputMode: Arg<"int" | "multi_hot" | "count" | "tf_idf" | null, "int" | "multi_hot" | "count" | "tf_idf", false>;
    /** 'int' mode: pad (with 0) or cut every sequence to this length; without it, to the longest in the data. */
    outputSequenceLength: Arg<number | null, number | undefined, false>;
    /** Non-int modes: the output is maxTokens wide even when the vocabulary is smaller. */
    padToMaxTokens: Arg<boolean | null, boolean, false>;
    /** A vocabulary to use instead of adapt (without the special entries). */
    vocabulary: Arg<string[] | null, string[] | undefined, false>;
    /** 'tf_idf' with a given vocabulary: one weight per vocabulary entry (Keras' idf_weights). */
    idfWeights: Arg<number[] | null, number[] | undefined, false>;
    sparse: Arg<boolean | null, false, false>;
    ragged: Arg<boolean | null, false, false>;
    encoding: Arg<"utf-8" | null, "utf-8", false>;
}>;
export type TextVectorizationConfig = ConfigOf<typeof TEXT_VECTORIZATION_ARGS.schema>;
export declare class TextVectorization extends Layer {
    readonly className = "TextVectorization";
    private readonly args;
    readonly outputMode: OutputMode;
    /** The learned tokens, most frequent first (no special entries); null before adapt or a vocabulary. */
    private tokens;
    private index;
    /** 'tf_idf': one weight per output column. */
    private idf;
    constructor(config?: TextVectorizationConfig);
    /** The entries before the learned tokens: padding and OOV in 'int' mode, OOV otherwise (Keras). */
    private specials;
    /** Sets the vocabulary (the learned tokens, without the special entries); tf_idf takes a weight per token. */
    setVocabulary(tokens: readonly string[], idfWeights?: readonly number[]): void;
    /** tf_idf weights per output column: OOV gets the mean of the tokens' (Keras), columns past the vocabulary 0. */
    private setIdf;
    /** The vocabulary with its special entries first (Keras' get_vocabulary). */
    getVocabulary(): string[];
    vocabularySize(): number;
    private requireVocabulary;
    /** Standardized, split and n-grammed tokens of one text. */
    tokensOf(text: string): string[];
    /** Texts from what a user passes: a list of strings, or a list of one-string rows (Keras' (N, 1)). */
    private texts;
    /** Learns the vocabulary (and tf_idf's document frequencies) from texts, replacing any earlier one. */
    adapt(data: readonly string[] | readonly (readonly string[])[]): void;
    /** Columns of a non-int output: the vocabulary, or maxTokens with padToMaxTokens. */
    private outputWidth;
    /** Texts to a tensor: (N, length) ids in 'int' mode, (N, width) otherwise. */
    vectorize(value: unknown, where?: string): Tensor;
    /** The sample shape of the vectorized output ('int' without outputSequenceLength: any length). */
    vectorizedShape(): Shape;
    /** In a model the strings were vectorized where the data entered: the layer passes the vectorized batch on. */
    call(x: Tensor): Tensor;
    build(_inputShape: Shape, rng: Rng): void;
    computeOutputShape(): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const textVectorizationLayers: {
    textVectorization: (config?: TextVectorizationConfig) => TextVectorization;
};
export {};
