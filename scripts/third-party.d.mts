/** The packages bundled into the drop-ins, as npm names them. */
export declare const BUNDLED_PACKAGES: readonly string[];

/** The file, next to the drop-ins, with the bundled packages' licences. */
export declare const LICENSES_FILE: string;

/** A bundled package's name, version, licence id and licence text, from its installed copy. */
export declare function bundledPackage(name: string): { name: string; version: string; license: string; text: string };

/** The drop-ins' first line: the library and its licence, the bundled packages with theirs, and where their texts are. */
export declare function dropInBanner(): string;
