// keras.io "Simple MNIST convnet", ported to Candor: Conv2D(32) -> MaxPooling -> Conv2D(64) ->
// MaxPooling -> Flatten -> Dropout(0.5) -> Dense(10, softmax), categorical cross-entropy, Adam.
// Keras trains 15 epochs on 60,000 digits; the defaults here take a subset so it runs in seconds.
// Run: node examples/mnist-convnet.mjs [--train 2000] [--test 500] [--epochs 1]
import * as candor from 'candor';

const { layers } = candor;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const { xTrain, yTrain, xTest, yTest } = candor.datasets.mnist.load({ trainSize: arg('train', 2000), testSize: arg('test', 500) });
const numClasses = 10;

const model = candor.sequential(
  [
    layers.input({ shape: [28, 28, 1] }),
    layers.conv2d({ filters: 32, kernelSize: [3, 3], activation: 'relu' }),
    layers.maxPooling2d({ poolSize: [2, 2] }),
    layers.conv2d({ filters: 64, kernelSize: [3, 3], activation: 'relu' }),
    layers.maxPooling2d({ poolSize: [2, 2] }),
    layers.flatten(),
    layers.dropout({ rate: 0.5 }),
    layers.dense({ units: numClasses, activation: 'softmax' }),
  ],
  { seed: 1 },
);
model.summary();
model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
await model.fit(xTrain, candor.toCategorical(yTrain, numClasses), {
  batchSize: 128,
  epochs: arg('epochs', 1),
  validationSplit: 0.1,
  seed: 1,
  verbose: 0,
});
const score = model.evaluate(xTest, candor.toCategorical(yTest, numClasses), { verbose: 0 });
console.log(`Test loss: ${score.loss.toFixed(4)}`);
console.log(`Test accuracy: ${score.accuracy.toFixed(4)}`);
