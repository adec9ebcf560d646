/** The built-in data sets, as candor.datasets exposes them. */
import { loadMnist } from './mnist.js';
import { loadPima } from './pima.js';
import { makeMultilabelClassification } from './synthetic.js';
import { loadSpamAssassin } from './spam-assassin.js';

export const datasets = {
  mnist: { load: loadMnist },
  pima: { load: loadPima },
  spamAssassin: { load: loadSpamAssassin },
  makeMultilabelClassification,
};
