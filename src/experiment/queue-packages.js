/**
 * BullMQ and ioredis are optional peer dependencies (16 MB with luxon, msgpackr and friends): only
 * experiments on a queue need them, so an app that trains models does not install them. They are
 * loaded on first use, and their absence is one line naming the command that installs them.
 */
import { UsageError } from '../usage-error.js';
let loading;
/** bullmq and ioredis, or a UsageError saying how to install them. */
export async function queuePackages(where) {
    loading ??= Promise.all([import('bullmq'), import('ioredis')]).then(([bullmq, ioredis]) => ({ bullmq, Redis: ioredis.Redis }));
    try {
        return await loading;
    }
    catch (err) {
        loading = undefined;
        if (err.code === 'ERR_MODULE_NOT_FOUND')
            throw new UsageError(`${where}: experiments on a queue use the optional packages bullmq and ioredis, which are not installed. Install them with: npm install bullmq@6 ioredis@6`);
        throw err;
    }
}
//# sourceMappingURL=queue-packages.js.map