/** The package version and root directory. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The package root and its package.json, found above this file (dist/ and test-build/ sit at different depths). */
function findPackage() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = join(dir, 'package.json');
        if (existsSync(candidate)) {
            const pkg = JSON.parse(readFileSync(candidate, 'utf8'));
            if (pkg.name === 'candor' && pkg.version)
                return { root: dir, version: pkg.version };
        }
        dir = dirname(dir);
    }
    return null;
}
const found = findPackage();
/** Candor's version. */
export const VERSION = found?.version ?? '0.0.0-unknown';
/** Candor's package directory (where node-gyp builds the native addon). */
export const PACKAGE_ROOT = found?.root ?? null;
//# sourceMappingURL=version.js.map