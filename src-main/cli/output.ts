// Writing to stdout/stderr so that nothing is lost when the process exits: every write is awaited
// until Node has handed it to the OS. Without this, `zhiyan list --json | wc -c` stopped at 64 KiB:
// on a pipe stdout is asynchronous, and process.exit() dropped what was still queued.

/** Writes `text` and resolves once it has left the process (or the reader has gone away). */
export function writeTo(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(error);
    });
  });
}

export const printLine = (text: string): Promise<void> => writeTo(process.stdout, `${text}\n`);
export const printError = (text: string): Promise<void> => writeTo(process.stderr, `${text}\n`);

/**
 * A reader that stopped reading (`zhiyan list --all --jsonl | head`) is not an error: stop quietly
 * with exit code 0, as Unix tools do, instead of an EPIPE stack trace.
 */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Writes many lines, waiting for the pipe to drain whenever its buffer is full. */
export class LineWriter {
  private pending = '';

  async line(text: string): Promise<void> {
    this.pending += `${text}\n`;
    if (this.pending.length >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending) return;
    const chunk = this.pending;
    this.pending = '';
    await writeTo(process.stdout, chunk);
  }
}
