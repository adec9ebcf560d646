/** A problem with what the user passed on the command line or in a file: exit code 2. */
export declare class UsageError extends Error {
}
