// Runs when `node-gyp rebuild` fails during install: the install still succeeds and Candor
// uses its TypeScript reference kernels (candor.backend() says which backend is active).
process.stderr.write('candor: the native kernels could not be built; Candor will use the slower TypeScript reference kernels.\n');
