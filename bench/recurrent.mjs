// node bench/recurrent.mjs [steps]: #17's W5, an LSTM(128) text classifier (vocabulary 20,000,
// embedding 100, sequence 200, batch 64, Adam, 5 classes), training samples/s for Candor (this
// backend) and PyTorch (2 threads, bench/torch_recurrent.py) in the same run. Read the ratio.
import { compareWithTorch, tokenData } from './sequence-vs-torch.mjs';
import * as c from '../dist/index.js';

const steps = Number(process.argv[2] ?? 3);
const L = c.layers;
const batch = 64;
const seq = 200;
const { x, y } = tokenData(batch, steps, seq);
const model = c.sequential(
  [
    L.embedding({ inputDim: 20000, outputDim: 100, inputLength: seq }),
    L.lstm({ units: 128 }),
    L.dense({ units: 5, activation: 'softmax' }),
  ],
  { seed: 1 },
);
model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam' });
await compareWithTorch({
  model,
  x,
  y,
  batch,
  steps,
  seq,
  script: 'bench/torch_recurrent.py',
  name: 'W5',
  title: `W5 LSTM(128) text classifier, ${steps} steps of batch ${batch} (samples/s, higher is better)`,
});
