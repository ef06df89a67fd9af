// Progress on stderr while commands read many articles: a cli-progress bar on a terminal (articles/s,
// errors, ETA when the input size is known), a plain line every few seconds otherwise, nothing with --quiet.
// Per-item errors go through the reporter too, so they print above the bar instead of through it.
import cliProgress from 'cli-progress';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** Prefix of every line ("onrecord extract"). */
  label: string;
  /** No progress and no summary (errors still print). */
  quiet?: boolean;
  stream?: ProgressStream;
  /** Plain mode: at most one line per this many milliseconds (default 10 s). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface ProgressSummary {
  articles: number;
  errors: number;
  seconds: number;
}

export interface Progress {
  /** Counts one article done; `bytesRead`/`totalBytes` move the bar and the ETA. */
  article(bytesRead?: number, totalBytes?: number | null): void;
  /** Prints a one-line error naming where it happened, and counts it. */
  error(where: string, message: string): void;
  /** Ends the bar and prints the summary line; returns the counts. */
  stop(): ProgressSummary;
  readonly articles: number;
  readonly errors: number;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const started = now();
  const intervalMs = options.intervalMs ?? 10_000;
  const tty = !options.quiet && stream.isTTY === true;
  let articles = 0;
  let errors = 0;
  let lastLine = started;
  let bytes = 0;
  let total: number | null = null;
  let bar: cliProgress.SingleBar | null = null;

  const rate = () => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? Math.round(articles / seconds) : 0;
  };
  /** Time left from the share of bytes read so far; empty when unknown. */
  const eta = () => {
    if (total === null || total <= 0) return '';
    const fraction = Math.min(1, bytes / total);
    const elapsed = now() - started;
    return fraction > 0 && fraction < 1 ? `ETA ${formatDuration((elapsed / fraction - elapsed) / 1000)}` : '';
  };
  const payload = () => ({ articles, errors, rate: rate(), remaining: eta() });

  const startBar = () => {
    const sized = total !== null && total > 0;
    // a SingleBar renders synchronously on update: analysis is CPU-bound and starves timer-driven redraws
    bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WriteStream,
        format: sized
          ? `${options.label} {bar} {percentage}% | {articles} articles | {rate}/s | {errors} errors | {remaining}`
          : `${options.label} {articles} articles | {rate}/s | {errors} errors`,
        hideCursor: true,
        clearOnComplete: false,
        synchronousUpdate: true,
        forceRedraw: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(sized ? (total as number) : 1, 0, payload());
  };

  const plainLine = () => {
    const parts = [`${articles} articles`, `${errors} errors`, `${rate()} articles/s`];
    if (total !== null && total > 0) {
      const fraction = Math.min(1, bytes / total);
      parts.push(`${Math.floor(fraction * 100)}% of ${formatBytes(total)}`);
      const elapsed = now() - started;
      if (fraction > 0 && fraction < 1)
        parts.push(`ETA ${formatDuration((elapsed / fraction - elapsed) / 1000)}`);
    }
    stream.write(`${options.label}: ${parts.join(', ')}\n`);
  };

  return {
    get articles() {
      return articles;
    },
    get errors() {
      return errors;
    },
    article(bytesRead, totalBytes) {
      articles += 1;
      if (bytesRead !== undefined) bytes = bytesRead;
      if (totalBytes !== undefined) total = totalBytes;
      if (options.quiet) return;
      if (tty) {
        if (!bar) startBar();
        bar?.update(total !== null && total > 0 ? bytes : 0, payload());
        return;
      }
      if (now() - lastLine >= intervalMs) {
        lastLine = now();
        plainLine();
      }
    },
    error(where, message) {
      errors += 1;
      const line = `${options.label}: ${where}: ${message}\n`;
      if (bar) {
        stream.write(`\r\x1b[2K${line}`); // clear the bar's line, print the error, draw the bar below it
        bar.update(payload());
        bar.render();
      } else stream.write(line);
    },
    stop() {
      const seconds = (now() - started) / 1000;
      if (bar) {
        bar.update(total !== null && total > 0 ? total : 0, payload());
        bar.stop();
      }
      if (!options.quiet) {
        const perSecond = seconds > 0 ? ` (${Math.round(articles / seconds)} articles/s)` : '';
        stream.write(
          `${options.label}: ${articles} article${articles === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'} in ${formatDuration(seconds)}${perSecond}\n`,
        );
      }
      return { articles, errors, seconds };
    },
  };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** 0.42 → "0.4s", 75 → "1m15s", 3725 → "1h02m". */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 3600)
    return `${Math.floor(s / 60) ? `${Math.floor(s / 60)}m` : ''}${String(s % 60).padStart(Math.floor(s / 60) ? 2 : 1, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
