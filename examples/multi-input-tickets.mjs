// keras.io's functional API guide, "models with multiple inputs and outputs", ported to Candor:
// a ticket's title and body (token ids) and its tags (multi-hot) -> a priority score (sigmoid)
// and a department (softmax over 4). Per-output losses and loss weights; each output is judged
// with its own task, metrics and baselines. Random data, as in the guide: every number sits near
// its baseline, and Candor says so.
// Run: node examples/multi-input-tickets.mjs
import * as candor from 'candor';

const { layers } = candor;
const numTags = 12;
const numWords = 1000;
const numDepartments = 4;

const title = candor.input({ shape: [10], name: 'title' });
const body = candor.input({ shape: [100], name: 'body' });
const tags = candor.input({ shape: [numTags], name: 'tags' });
const titleFeatures = layers.lstm({ units: 32 }).apply(layers.embedding({ inputDim: numWords, outputDim: 32 }).apply(title));
const bodyFeatures = layers.lstm({ units: 16 }).apply(layers.embedding({ inputDim: numWords, outputDim: 32 }).apply(body));
const features = layers.concatenate().apply([titleFeatures, bodyFeatures, tags]);
const priority = layers.dense({ units: 1, activation: 'sigmoid', name: 'priority' }).apply(features);
const department = layers.dense({ units: numDepartments, activation: 'softmax', name: 'department' }).apply(features);
const model = candor.model({ inputs: [title, body, tags], outputs: { priority, department }, seed: 1 });
model.summary();

model.compile({
  optimizer: { name: 'rmsprop', learningRate: 1e-3 },
  loss: { priority: 'binary_crossentropy', department: 'categorical_crossentropy' },
  lossWeights: { priority: 1.0, department: 0.2 },
  metrics: { priority: ['auc'], department: ['accuracy'] },
});

// Dummy data, seeded: 256 tickets.
const rng = new candor.Rng(7);
const n = 256;
const ints = (shape, max) =>
  candor.tensor(
    Array.from({ length: shape[0] * shape[1] }, () => Math.floor(rng.uniform() * max)),
    shape,
  );
const titleData = ints([n, 10], numWords);
const bodyData = ints([n, 100], numWords);
const tagsData = ints([n, numTags], 2);
const priorityTargets = candor.tensor(Array.from({ length: n }, () => [rng.uniform() < 0.3 ? 1 : 0]));
const departmentTargets = candor.toCategorical(
  Array.from({ length: n }, () => Math.floor(rng.uniform() * numDepartments)),
  numDepartments,
);

await model.fit(
  { title: titleData, body: bodyData, tags: tagsData },
  { priority: priorityTargets, department: departmentTargets },
  { epochs: 2, batchSize: 32, seed: 1, verbose: 0 },
);
const report = model.evaluateReport(
  { title: titleData, body: bodyData, tags: tagsData },
  { priority: priorityTargets, department: departmentTargets },
);
for (const m of report.metrics)
  console.log(`${m.display.padEnd(28)} ${m.value.toFixed(4)}   trivial baseline ${m.baseline.value.toFixed(4)} (${m.baseline.name})`);
for (const f of report.findings) console.log(`${f.severity} ${f.code}: ${f.message}`);
