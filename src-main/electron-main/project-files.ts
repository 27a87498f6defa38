// Which project file the OS asked the app to open, and holding it until there is a window to open
// it in. Pure (no Electron): the wiring in index.ts feeds it process.argv, 'second-instance' argv and
// macOS 'open-file' paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_FILE_EXTENSION = '.zhiyan';

/**
 * The project file among a command line's arguments, as an absolute path, or null.
 *
 * The shapes this sees: Windows and Linux launch `Zhiyan.exe C:\…\课题.zhiyan` or
 * `zhiyan /home/…/课题.zhiyan` (a .desktop file's %f, or %u as a file:// URL); in development
 * `electron . 课题.zhiyan`. A second instance's argv also carries Chromium's own switches
 * (`--allow-file-access-from-files`, `--original-process-start-time=…`) and, on Windows, may have
 * them in front of the file. So: skip the executable (argv[0]) and every switch, and take the first
 * argument that names a `.zhiyan` file; relative paths are relative to the launching shell's folder.
 * Anything else (the app folder `.`, a stray document) is not ours to open.
 */
export function projectFileFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-') || argument === '') continue;
    const file = argument.startsWith('file:') ? fromFileUrl(argument, platform) : argument;
    if (file === null || !file.toLowerCase().endsWith(PROJECT_FILE_EXTENSION)) continue;
    return paths.resolve(workingDirectory, file);
  }
  return null;
}

function fromFileUrl(url: string, platform: NodeJS.Platform): string | null {
  try {
    return fileURLToPath(url, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}

/**
 * Project files asked for before they can be opened (macOS sends 'open-file' before 'ready', and
 * before the first window has loaded), then handed over once a receiver is attached. Only one
 * project is open at a time, so of several waiting files the last one asked for wins.
 */
export class PendingProjectFiles {
  private waiting: string | null = null;
  private receiver: ((file: string) => void) | null = null;

  /** Opens the file now if a receiver is attached, else keeps it for the receiver. */
  request(file: string): void {
    if (this.receiver) this.receiver(file);
    else this.waiting = file;
  }

  /** From now on files go to `receiver`; one that was waiting goes there at once. */
  attach(receiver: (file: string) => void): void {
    this.receiver = receiver;
    const file = this.waiting;
    this.waiting = null;
    if (file !== null) receiver(file);
  }

  get pending(): string | null {
    return this.waiting;
  }
}
