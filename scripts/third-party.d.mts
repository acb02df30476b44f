/** The packages bundled into either drop-in, as npm names them. */
export declare const BUNDLED_PACKAGES: readonly string[];

/** The packages bundled into each drop-in. */
export declare const DROP_IN_PACKAGES: Readonly<Record<import('./drop-in-build.mjs').DropInName, readonly string[]>>;

/** The file, next to the drop-ins, with the bundled packages' licences. */
export declare const LICENSES_FILE: string;

/** A bundled package's name, version, licence id and licence text, from its installed copy. */
export declare function bundledPackage(name: string): { name: string; version: string; license: string; text: string };

/** A drop-in's first line: the library and its licence, the packages bundled into it with theirs, and where their texts are. */
export declare function dropInBanner(name?: import('./drop-in-build.mjs').DropInName): string;
