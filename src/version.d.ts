/** Candor's version. */
export declare const VERSION: string;
/** Candor's package directory (where node-gyp builds the native addon). */
export declare const PACKAGE_ROOT: string | null;
