/** esbuild's options for a drop-in (see drop-in-build.mjs). */
export declare const DROP_IN_ESBUILD: {
  readonly format: 'iife';
  readonly target: string;
  readonly platform: 'browser';
  readonly define: Readonly<Record<string, string>>;
  readonly banner: { readonly js: string };
  readonly tsconfig: string;
};

/** terser's options after esbuild for a drop-in. */
export declare const DROP_IN_TERSER: {
  readonly compress: { readonly passes: number; readonly pure_getters: boolean };
  readonly format: { readonly comments: RegExp };
};
