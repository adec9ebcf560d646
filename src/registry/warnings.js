/** One-time warnings (deprecated spellings, fallbacks). Tests swap the handler to capture them. */
let handler = (message) => process.stderr.write(`candor: warning: ${message}\n`);
const issued = new Set();
export function warnOnce(key, message) {
    if (issued.has(key))
        return;
    issued.add(key);
    handler(message);
}
/** Replaces where warnings go; returns the previous handler. Clears the already-issued set. */
export function setWarningHandler(next) {
    const previous = handler;
    handler = next;
    issued.clear();
    return previous;
}
//# sourceMappingURL=warnings.js.map