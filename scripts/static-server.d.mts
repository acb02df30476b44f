import type { Server } from 'node:http';

/** MIME types of what the servers serve. */
export declare const MIME_TYPES: Readonly<Record<string, string>>;

/** A running static server. */
export interface StaticServer {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  readonly root: string;
  readonly port?: number;
  readonly index?: string;
  readonly allowNodeModules?: boolean;
  /** Gzip text files for clients that accept it (as a production web server does). */
  readonly gzip?: boolean;
}

/** A static server for `root` on 127.0.0.1. */
export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
