/** One-time warnings (deprecated spellings, fallbacks). Tests swap the handler to capture them. */
let handler: (message: string) => void = (message) => process.stderr.write(`candor: warning: ${message}\n`);
const issued = new Set<string>();

export function warnOnce(key: string, message: string): void {
  if (issued.has(key)) return;
  issued.add(key);
  handler(message);
}

/** Replaces where warnings go; returns the previous handler. Clears the already-issued set. */
export function setWarningHandler(next: (message: string) => void): (message: string) => void {
  const previous = handler;
  handler = next;
  issued.clear();
  return previous;
}
