import { truncate } from './text-width.js';

/** A one-line progress display on a terminal's stderr; silent when stderr is not a terminal or for one file. */
export interface Progress {
  step(index: number, label: string): void;
  done(): void;
}

/**
 * A progress line ("[3/10] report.txt") rewritten in place on stderr. It only shows on a TTY and
 * for more than one file, so pipes and logs stay clean.
 *
 * @example
 * ```ts
 * const progress = createProgress(files.length);
 * files.forEach((file, i) => { progress.step(i, file); … });
 * progress.done();
 * ```
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const active = total > 1 && stream.isTTY === true;
  return {
    step(index, label) {
      if (!active) return;
      const width = Math.max(20, (stream.columns ?? 80) - 12);
      stream.write(`\r\x1b[K[${index + 1}/${total}] ${truncate(label, width)}`);
    },
    done() {
      if (active) stream.write('\r\x1b[K');
    },
  };
}
