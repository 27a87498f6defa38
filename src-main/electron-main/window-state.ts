// The window's size, position and maximised state, remembered across launches. Pure over the few
// Electron calls it needs (a window's normal bounds, the displays' work areas), so saving,
// restoring and clamping to a screen that changed are unit-tested without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { log } from '../node/log/logger';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The bounds when neither maximised nor full screen, so un-maximising returns there. */
  bounds: Rect;
  maximized: boolean;
}

/** Where and how big the first window opens; no x/y means centred by the OS. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface SizeLimits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** What of a window this module reads. */
export interface WindowLike {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

// How much of the window must lie on a screen to count as reachable: enough to grab the title bar.
const MIN_VISIBLE_WIDTH = 160;
const MIN_VISIBLE_HEIGHT = 80;

export function captureWindowState(window: WindowLike): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  // Full screen is not restored (a window opening full screen surprises), but it came from
  // somewhere the user wanted large: keep it maximised.
  return { bounds: { x, y, width, height }, maximized: window.isMaximized() || window.isFullScreen() };
}

/** A saved state as read from disk: anything not a sane state is null (the defaults apply). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Partial<WindowState>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const numbers = [bounds.x, bounds.y, bounds.width, bounds.height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return {
    bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Where the window opens, given the saved state and the displays' work areas now (the primary
 * display first). A window still reachable on some display keeps its place, shrunk to fit and
 * pulled fully onto that display; one whose display is gone (an unplugged monitor, a changed
 * resolution) opens centred on the primary display at its saved size, shrunk to fit.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  limits: SizeLimits,
): WindowPlacement {
  const primary = workAreas[0];
  const fit = (width: number, height: number, area: Rect | undefined) => ({
    width: Math.round(area ? clamp(width, Math.min(limits.minWidth, area.width), area.width) : width),
    height: Math.round(area ? clamp(height, Math.min(limits.minHeight, area.height), area.height) : height),
  });
  if (!saved) return { ...fit(limits.width, limits.height, primary), maximized: false };

  let best: { area: Rect; size: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    if (shared.width < Math.min(MIN_VISIBLE_WIDTH, saved.bounds.width)) continue;
    if (shared.height < Math.min(MIN_VISIBLE_HEIGHT, saved.bounds.height)) continue;
    const size = shared.width * shared.height;
    if (!best || size > best.size) best = { area, size };
  }
  if (!best) return { ...fit(saved.bounds.width, saved.bounds.height, primary), maximized: saved.maximized };

  const { area } = best;
  const size = fit(saved.bounds.width, saved.bounds.height, area);
  return {
    x: Math.round(clamp(saved.bounds.x, area.x, area.x + area.width - size.width)),
    y: Math.round(clamp(saved.bounds.y, area.y, area.y + area.height - size.height)),
    ...size,
    maximized: saved.maximized,
  };
}

/** The state file in the user's folder. Reading and writing never throw: a lost size is no error. */
export class WindowStateFile {
  constructor(readonly file: string) {}

  load(): WindowState | null {
    try {
      return parseWindowState(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return null;
    }
  }

  save(state: WindowState): void {
    // Written aside and renamed, so a crash mid-write leaves the old state, never half of one.
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, `${JSON.stringify(state)}\n`);
      fs.renameSync(temporary, this.file);
    } catch (error) {
      log.warn('the window state could not be saved', error);
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: the stray file is ignored by load().
      }
    }
  }
}
