/** Runs `task` with an AbortSignal that Ctrl-C fires once (a second Ctrl-C quits at once). */
export async function withInterrupt(task) {
    const controller = new AbortController();
    const interrupt = () => {
        process.stderr.write('\nStopping: finished runs are kept (Ctrl-C again to quit at once).\n');
        process.removeListener('SIGINT', interrupt);
        controller.abort();
    };
    process.on('SIGINT', interrupt);
    try {
        return await task(controller.signal);
    }
    finally {
        process.removeListener('SIGINT', interrupt);
        // What finished is still reported and written; the exit code says the run was cut short (the shell's 128 + SIGINT).
        if (controller.signal.aborted)
            process.exitCode = 130;
    }
}
//# sourceMappingURL=interrupt.js.map