import { type ImageDataset } from './mnist.js';
export interface DownloadOptions {
    /** A directory with the data set's files already there: nothing is downloaded. */
    path?: string;
    /** Base address of a mirror (default: the canonical one). */
    origin?: string;
    /** The mirror's checksums by file name (default: the canonical files'). */
    checksums?: Record<string, string>;
    /** Use only the first n training / test samples. */
    trainSize?: number;
    testSize?: number;
    /** No progress lines on stderr. */
    quiet?: boolean;
}
export interface Source {
    name: string;
    origin: string;
    /** Canonical file names and their MD5 checksums. */
    files: Record<string, string>;
}
/** The options every download loader takes. */
export declare const DOWNLOAD_KEYS: {
    readonly path: "string";
    readonly origin: "string";
    readonly checksums: {
        test: (v: unknown) => boolean;
        expected: string;
    };
    readonly trainSize: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a positive integer";
    };
    readonly testSize: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a positive integer";
    };
    readonly quiet: "boolean";
};
/** Every file of a source in the cache (downloaded as needed); the directory they are in. */
export declare function fetchAll(source: Source, o: DownloadOptions, where: string): Promise<string>;
/** MNIST from its canonical IDX files (60,000 train / 10,000 test digits), cached; no npm package needed. */
export declare function downloadMnist(options?: DownloadOptions): Promise<ImageDataset>;
/** Fashion-MNIST (Zalando: 10 kinds of clothing, MNIST's format and sizes), cached. */
export declare function downloadFashionMnist(options?: DownloadOptions): Promise<ImageDataset>;
/** CIFAR-10 (50,000 train / 10,000 test colour images of 10 classes, 32 × 32), from the authors' binary archive, cached. */
export declare function downloadCifar10(options?: DownloadOptions): Promise<ImageDataset>;
