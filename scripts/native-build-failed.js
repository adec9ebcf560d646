// Runs when `node-gyp rebuild` fails during install: the install still succeeds and Candor
// uses its TypeScript reference kernels (candor.backend() says which backend is active). npm hides
// install output, so the same advice is repeated at first use (src/kernels/backend.ts).
process.stderr.write(
  'candor: the native kernels could not be built; Candor will use the slower TypeScript reference kernels. Install python3, make and a C compiler, then run: npm rebuild candor\n',
);
