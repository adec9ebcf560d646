type Packages = {
    bullmq: typeof import('bullmq');
    Redis: typeof import('ioredis').Redis;
};
/** bullmq and ioredis, or a UsageError saying how to install them. */
export declare function queuePackages(where: string): Promise<Packages>;
export {};
