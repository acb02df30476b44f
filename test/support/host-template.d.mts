// Types of host-template.mjs (the hostile-template page of the browser tests and the guide's screenshots).

/** The template's own look: font, colour and layout. */
export declare const SITE_CSS: string;
/** The legacy template's reset and article rules. */
export declare const HOSTILE_CSS: string;
/** `svg { display: none }`. */
export declare const SVG_HIDDEN_CSS: string;
export declare const DROP_IN: string;
export declare const STYLESHEET: string;
export declare const REPORT_JSON: string;

/** One embed of the webmasters' guide. */
export interface Embed {
  readonly script?: 'module' | 'defer';
  readonly attributes: Readonly<Record<string, string>>;
  readonly static?: boolean;
}
/** The embeds of the webmasters' guide, by name. */
export declare const EMBEDS: Readonly<Record<string, Embed>>;
/** The page of the template with one embed pasted into its article. */
export declare function hostPage(options: {
  readonly embed: string;
  readonly site?: 'clean' | 'hostile';
  readonly doctype?: boolean;
  readonly svgHidden?: boolean;
  /** The report's static HTML with these `renderReportHTML` options (called only for the embeds that paste it). */
  readonly renderStatic?: (options: Record<string, string>) => string;
}): string;
