/** A problem with what the user passed on the command line or in a file: exit code 2. */
export class UsageError extends Error {
}
//# sourceMappingURL=usage-error.js.map