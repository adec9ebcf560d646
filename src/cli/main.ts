#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { VERSION } from '../version.js';
import { formatDoctor, runDoctor } from './doctor.js';
import { UsageError } from './usage.js';

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} expects a positive integer. Received: ${JSON.stringify(value)}`);
  return n;
}

const program = new Command()
  .name('candor')
  .description('Candor: Keras-style neural networks for Node.js whose metrics tell the truth.')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride((err) => {
    // Help and version exit 0; every usage problem exits 2 (commander's default is 1).
    process.exit(err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2);
  });

program
  .command('doctor')
  .description('Diagnose a model setup: a Candor model (saved model.json or config) or a Keras model.to_json() document')
  .argument('<model>', 'model JSON file')
  .option('--loss <name>', "loss to check (e.g. 'binary_crossentropy'); overrides the file's compile settings")
  .option('--metrics <list>', "comma-separated metrics (e.g. 'accuracy,f1')")
  .option('--from-logits', 'the loss receives logits')
  .option('--data <file>', 'targets to check: CSV (label columns last) or JSON { "y": [...] }')
  .option('--labels <n>', 'number of label columns at the end of a CSV file', (v) => positiveInt(v, '--labels'), 1)
  .option('--strict', 'treat warnings as errors (exit 1)')
  .option('--json', 'print machine-readable findings')
  .addHelpText('after', `
Exit codes: 0 no error finding, 1 error findings (or warnings with --strict), 2 bad arguments or files.

Examples:
  $ npx candor doctor keras_model.json --loss binary_crossentropy --metrics accuracy
  $ npx candor doctor model-dir/model.json --data train.csv --labels 10
  $ npx candor doctor model.json --loss categorical_crossentropy --data labels.json --json`)
  .action((model: string, options: { loss?: string; metrics?: string; fromLogits?: boolean; data?: string; labels: number; strict?: boolean; json?: boolean }) => {
    const result = runDoctor(model, options);
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatDoctor(model, result)}\n`);
    process.exitCode = result.exitCode;
  });

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
