/** The directory of an installed optional data package, or an error saying how to install it. */
export declare function dataPackageDir(name: string, loader: string, size: string, version?: string): string;
