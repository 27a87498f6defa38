// PDF is printed from the HTML report by Chromium. The host chooses the printer: Electron prints in
// its own hidden window (electron-main/pdf-printer.ts); the browser host and the CLI run the system
// Chromium headless.
//
// There is no time limit: a report of thousands of articles takes minutes to lay out (2,000 articles
// took 235 s), and a fixed limit only turned a slow export into a failed one. The user sees the time
// pass instead (services/export-file.ts) and may cancel, which ends Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiFailure } from '../../../common/api/errors';
import type { PaperSize } from '../../../common/model/report';

export interface PrintJob {
  /** The paper; the HTML carries it too (an @page rule), which headless Chromium follows. */
  paper: PaperSize;
  /** Aborting ends the print: the promise then rejects with EXPORT_CANCELLED. */
  signal?: AbortSignal;
}

export interface PdfPrinter {
  print(html: string, outPath: string, job: PrintJob): Promise<void>;
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = fs.existsSync): string | null {
  const fromEnv = env.ZHIYAN_CHROMIUM;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => exists(candidate)) ?? null;
}

/** The command line for printing `htmlFile` to `outPath`; no network, no profile state kept. */
export function chromiumPrintArgs(htmlFile: string, outPath: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-extensions',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${outPath}`,
    '--no-pdf-header-footer',
    pathToFileURL(htmlFile).href,
  ];
}

export const printCancelled = (): ApiFailure =>
  new ApiFailure('EXPORT_CANCELLED', 'The export was cancelled; no file was written.');

/** Chromium's failure as the user's error: what happened, in a sentence, with what to try next. */
export function printFailure(reason: string): ApiFailure {
  return new ApiFailure(
    'PDF_PRINT_FAILED',
    `Chromium could not print the PDF (${reason}). Try a smaller scope, or export Word or HTML instead.`,
    { reason },
  );
}

export class HeadlessChromiumPrinter implements PdfPrinter {
  constructor(private readonly binary: string | null = findChromium()) {}

  async print(html: string, outPath: string, job: PrintJob): Promise<void> {
    if (!this.binary)
      throw new ApiFailure(
        'PDF_UNAVAILABLE',
        'PDF export needs Chromium: install it, or set ZHIYAN_CHROMIUM to its path, then export again.',
      );
    if (job.signal?.aborted) throw printCancelled();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiyan-pdf-'));
    try {
      const htmlFile = path.join(dir, 'report.html');
      fs.writeFileSync(htmlFile, html, 'utf8');
      await runChromium(this.binary, chromiumPrintArgs(htmlFile, outPath, path.join(dir, 'profile')), job.signal);
      if (!fs.existsSync(outPath) || fs.statSync(outPath).size === 0)
        throw printFailure('Chromium finished without writing the PDF');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Runs Chromium to its end. Chromium starts helper processes (renderer, GPU, zygote), so it runs in
 * its own process group and a cancel ends the whole group, not only the browser process.
 */
function runChromium(binary: string, args: string[], signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const detached = process.platform !== 'win32';
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached });
    let stderr = '';
    let cancelled = false;
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the tail matters for the message; Chromium can be chatty on a long print.
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const cancel = () => {
      cancelled = true;
      try {
        if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    signal?.addEventListener('abort', cancel, { once: true });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', cancel);
      reject(printFailure(error.message));
    });
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', cancel);
      if (cancelled) reject(printCancelled());
      else if (code === 0) resolve();
      else reject(printFailure(lastErrorLine(stderr) ?? `exit ${code ?? killedBy}`));
    });
  });
}

/** Chromium's last ERROR line, without its [pid:tid:time:ERROR:file] prefix. */
function lastErrorLine(stderr: string): string | null {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/dbus|object_proxy/i.test(line));
  const line = lines[lines.length - 1];
  return line ? line.replace(/^\[[^\]]*\]\s*/, '').slice(0, 300) : null;
}
