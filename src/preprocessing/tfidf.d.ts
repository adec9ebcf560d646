/** TF-IDF (scikit-learn's TfidfTransformer and TfidfVectorizer). */
import { Tensor } from '../tensor/tensor.js';
import { type DataInput } from '../tensor/input.js';
export interface TfidfOptions {
    norm?: 'l2' | 'l1' | null;
    useIdf?: boolean;
    /** idf = ln((1 + n) / (1 + df)) + 1, as if one document held every term (default), else ln(n / df) + 1. */
    smoothIdf?: boolean;
    /** Replace tf with 1 + ln(tf). */
    sublinearTf?: boolean;
}
/** scikit-learn's TfidfTransformer: term counts (documents × terms) to tf-idf weights. */
export declare class TfidfTransformer {
    idf: Float64Array | null;
    private readonly o;
    constructor(options?: TfidfOptions);
    fit(counts: DataInput): this;
    transform(counts: DataInput): Tensor;
    fitTransform(counts: DataInput): Tensor;
}
export interface TfidfVectorizerOptions extends TfidfOptions {
    lowercase?: boolean;
    /** Keep the most frequent terms (by total count over the corpus; ties alphabetical). */
    maxFeatures?: number;
    /** Ignore terms in fewer documents than this: a fraction of the documents when below 1, else a count. */
    minDf?: number;
    /** Ignore terms in more documents than this: a fraction when at most 1 (1 = no limit), else a count. */
    maxDf?: number;
}
/** scikit-learn's TfidfVectorizer: texts to tf-idf rows over an alphabetical vocabulary. */
export declare class TfidfVectorizer {
    private readonly options;
    vocabulary: string[];
    private index;
    private readonly transformer;
    constructor(options?: TfidfVectorizerOptions);
    private tokens;
    private counts;
    fit(texts: readonly string[]): this;
    transform(texts: readonly string[]): Tensor;
    fitTransform(texts: readonly string[]): Tensor;
}
