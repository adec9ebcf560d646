export declare function warnOnce(key: string, message: string): void;
/** Replaces where warnings go; returns the previous handler. Clears the already-issued set. */
export declare function setWarningHandler(next: (message: string) => void): (message: string) => void;
