import { Tensor } from '../tensor/tensor.js';
import { type DownloadOptions } from './downloads.js';
export interface SequenceDatasetOptions extends DownloadOptions {
    /** Keep the numWords most frequent words (ids below numWords); others become oovChar. Default: all. */
    numWords?: number;
    /** Also treat the skipTop most frequent words (ids below skipTop) as out of vocabulary. Default 0. */
    skipTop?: number;
    /** Drop sequences of maxlen words or more (Keras' rule: it filters, it does not truncate). */
    maxlen?: number;
    /** Seed of the shuffle (NumPy's RandomState; Keras' default 113). */
    seed?: number;
    /** Id that starts every sequence (default 1); null for none. */
    startChar?: number | null;
    /** Id of words cut by numWords / skipTop (default 2); null drops them instead. */
    oovChar?: number | null;
    /** Offset added to every word id (default 3: 0 padding, 1 start, 2 OOV). */
    indexFrom?: number;
}
export interface ReutersOptions extends SequenceDatasetOptions {
    /** Fraction of the shuffled newswires kept for testing (default 0.2). */
    testSplit?: number;
}
/** Word-id sequences (ragged: pad them with padSequences) and class ids. */
export interface SequenceDataset {
    xTrain: number[][];
    yTrain: Tensor;
    xTest: number[][];
    yTest: Tensor;
}
export interface WordIndexOptions {
    path?: string;
    origin?: string;
    checksums?: Record<string, string>;
    quiet?: boolean;
}
/** IMDB reviews as word ids by frequency rank, label 1 = positive (Keras' imdb.load_data), cached. */
export declare function downloadImdb(options?: SequenceDatasetOptions): Promise<SequenceDataset>;
/** Reuters newswires as word ids, 46 topics (Keras' reuters.load_data: one shuffled list split by testSplit), cached. */
export declare function downloadReuters(options?: ReutersOptions): Promise<SequenceDataset>;
export declare const imdbWordIndex: (o?: WordIndexOptions) => Promise<Map<string, number>>;
export declare const reutersWordIndex: (o?: WordIndexOptions) => Promise<Map<string, number>>;
