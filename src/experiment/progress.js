/** The experiment's progress bar (fits and runs done, ETA). */
import cliProgress from 'cli-progress';
/**
 * One progress bar for a whole experiment on stderr (fits done, failures, ETA); without a terminal,
 * a line every 10% so logs stay short.
 */
export function experimentProgress(out = process.stderr) {
    let bar = null;
    let lastDecile = -1;
    return {
        onProgress: ({ done, total, failed, runsDone, runsTotal, last, workers }) => {
            const onQueue = workers !== undefined ? ` | ${workers} worker${workers === 1 ? '' : 's'} on the queue` : '';
            if (out.isTTY) {
                if (!bar) {
                    bar = new cliProgress.SingleBar({
                        format: 'experiment [{bar}] {runs}/{runsTotal} runs, {value}/{total} fits | {failed} failed{onQueue} | ETA {eta_formatted}',
                        barsize: 30,
                        hideCursor: true,
                        stream: out,
                        etaBuffer: 20,
                    });
                    bar.start(total, 0, { failed: 0, runs: 0, runsTotal, onQueue });
                }
                bar.update(done, { failed, runs: runsDone, runsTotal, onQueue });
            }
            else if (Math.floor((10 * done) / total) > lastDecile) {
                lastDecile = Math.floor((10 * done) / total);
                out.write(`experiment: ${done}/${total} fits done (${runsDone}/${runsTotal} runs)${failed ? `, ${failed} failed` : ''}${onQueue.replace(' | ', ', ')}\n`);
            }
            if (!last.ok && !out.isTTY)
                out.write(`  a fit failed: ${last.error}\n`);
        },
        stop: () => bar?.stop(),
    };
}
//# sourceMappingURL=progress.js.map