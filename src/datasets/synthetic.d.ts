/** Generated multi-label documents (scikit-learn's make_multilabel_classification) and their source for configs. */
import { Tensor } from '../tensor/tensor.js';
export interface MultilabelOptions {
    nSamples?: number;
    nFeatures?: number;
    nClasses?: number;
    /** Average number of labels per sample (Poisson mean). */
    nLabels?: number;
    /** Average number of words per document (Poisson mean). */
    length?: number;
    /** Power applied to each class's word weights: 1 (default) is scikit-learn's process; higher gives each class fewer, more telling words. */
    sharpness?: number;
    allowUnlabeled?: boolean;
    seed?: number;
}
/**
 * scikit-learn's make_multilabel_classification, same generative process (not the same numbers:
 * Candor's generator is its own): each class has a prior and a distribution over words; a
 * document draws Poisson(nLabels) distinct classes, then Poisson(length) words from the mixture of
 * its classes' word distributions (uniform words when it has none). x holds word counts.
 */
export declare function makeMultilabelClassification(options?: MultilabelOptions): {
    x: Tensor;
    y: Tensor;
};
