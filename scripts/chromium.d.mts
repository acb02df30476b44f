/** Chromium flags for headless runs as root, without background traffic. */
export declare const CHROMIUM_ARGS: readonly string[];
/** The Chromium binary: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export declare const CHROMIUM_PATH: string;
