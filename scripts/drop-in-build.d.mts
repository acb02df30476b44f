/** The drop-ins: the plain one (rule-of-law.min.js), the full one (rule-of-law-all.min.js) and the editor's. */
export type DropInName = 'rule-of-law' | 'rule-of-law-all' | 'rule-of-law-editor' | 'rule-of-law-editor-worker';

/** esbuild's options for a drop-in (see drop-in-build.mjs). */
export interface DropInEsbuildOptions {
  readonly format: 'iife';
  readonly target: string;
  readonly platform: 'browser';
  readonly define: Readonly<Record<string, string>>;
  readonly banner: { readonly js: string };
  readonly tsconfig: string;
}

/** esbuild's options for the drop-in `name`, its notices as its first line. */
export declare function dropInEsbuild(name?: DropInName): DropInEsbuildOptions;

/** esbuild's options for the plain drop-in. */
export declare const DROP_IN_ESBUILD: DropInEsbuildOptions;

/** terser's options after esbuild for a drop-in. */
export declare const DROP_IN_TERSER: {
  readonly compress: { readonly passes: number; readonly pure_getters: boolean };
  readonly format: { readonly comments: RegExp };
};
