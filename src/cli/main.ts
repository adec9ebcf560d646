#!/usr/bin/env node
import { Command } from 'commander';
import { createRequire } from 'node:module';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('candor')
  .description('Candor: Keras-style neural networks for Node.js whose metrics tell the truth.')
  .version(version)
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 1 && err.code !== 'commander.help' ? 2 : err.exitCode));

program.parse();
