/** Keras' text tools: Tokenizer and padSequences. */
import { Tensor } from '../tensor/tensor.js';
export interface TokenizerOptions {
    /** Keep only the numWords - 1 most frequent words (index < numWords), as Keras. */
    numWords?: number;
    filters?: string;
    lower?: boolean;
    split?: string;
    /** Index 1 is reserved for words outside the vocabulary when given. */
    oovToken?: string;
}
/** Keras' text Tokenizer: word indices by frequency (1-based; 0 is padding). */
export declare class Tokenizer {
    readonly wordCounts: Map<string, number>;
    wordIndex: Map<string, number>;
    private readonly o;
    constructor(options?: TokenizerOptions);
    /** Splits one text the Keras way (text_to_word_sequence). */
    words(text: string): string[];
    fitOnTexts(texts: readonly string[]): this;
    /** Each text as word indices; out-of-vocabulary words become the oov index, or are dropped without one. */
    textsToSequences(texts: readonly string[]): number[][];
}
export interface PadOptions {
    /** Length of every row (default: the longest sequence). */
    maxlen?: number;
    /** Where padding goes: 'pre' (default, as Keras) or 'post'. */
    padding?: 'pre' | 'post';
    /** Which end is cut from longer sequences: 'pre' (default) or 'post'. */
    truncating?: 'pre' | 'post';
    value?: number;
}
/** Keras' pad_sequences: a (n, maxlen) float32 tensor of ids. */
export declare function padSequences(sequences: readonly (readonly number[])[], options?: PadOptions): Tensor;
