export declare function runWorkerCli(o: {
    queue: string;
    name?: string;
    concurrency: number;
    timeout: number;
    lock: number;
}): Promise<void>;
