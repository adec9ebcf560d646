/** One remote file: where it is, its name in the cache, and its checksum (32 hex digits: MD5, 64: SHA-256). */
export interface Resource {
    url: string;
    file: string;
    checksum: string;
}
/** Where downloaded data sets live: $CANDOR_DATA_DIR, else ~/.candor/datasets. */
export declare const dataRoot: () => string;
/** The cached path of `r` in `dir`, downloading (or resuming) it first when needed. */
export declare function cached(r: Resource, dir: string, where: string, quiet?: boolean): Promise<string>;
