// Saves two different models into one folder, alternately and forever, until killed (test/save-kill.test.ts).
import * as c from '../../src/index.js';
const dir = process.argv[2];
const make = (seed) => {
    const m = c.sequential([c.layers.dense({ units: 64, activation: 'relu', inputShape: [32] }), c.layers.dense({ units: 4 })], { seed });
    m.compile({ loss: 'mse', optimizer: 'adam' });
    return m;
};
const models = [make(1), make(2)];
await models[0].save(dir);
process.stdout.write('ready\n');
for (let i = 1;; i++)
    await models[i % 2].save(dir);
//# sourceMappingURL=save-loop.js.map