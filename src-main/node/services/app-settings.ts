// Per-user settings (language, recent projects, the project to reopen), kept as a small JSON file in
// the user's data folder and replaced atomically. Without a data folder (the CLI) they live in memory.
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_READER_PREFERENCES,
  READER_FONT_SIZES,
  type Locale,
  type ReaderPreferences,
  type RecentProject,
} from '../../common/model/project';
import { writeFileAtomic } from '../durability/atomic-write';
import { log } from '../log/logger';

const RECENT_KEPT = 10;

interface SettingsFile {
  locale: Locale;
  readerPreferences: ReaderPreferences;
  recentProjects: RecentProject[];
  /** The project open when the app last closed; null after the user closed it themselves. */
  lastProjectPath: string | null;
}

export class AppSettings {
  private data: SettingsFile = {
    locale: 'zh-CN',
    readerPreferences: DEFAULT_READER_PREFERENCES,
    recentProjects: [],
    lastProjectPath: null,
  };
  /** True when no settings existed: the very first start, when the demo project opens. */
  readonly firstRun: boolean;

  constructor(private readonly file: string | null) {
    this.firstRun = file === null || !fs.existsSync(file);
    if (file && !this.firstRun) {
      try {
        this.data = { ...this.data, ...(JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SettingsFile>) };
      } catch (error) {
        // Unreadable settings are not worth refusing to start over: fall back to the defaults.
        log.warn(`settings at ${file} unreadable, using defaults`, error);
      }
    }
    if (this.data.locale !== 'en') this.data.locale = 'zh-CN';
    this.data.readerPreferences = validPreferences(this.data.readerPreferences);
  }

  get readerPreferences(): ReaderPreferences {
    return this.data.readerPreferences;
  }

  setReaderPreferences(changes: { [K in keyof ReaderPreferences]?: ReaderPreferences[K] | undefined }): void {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    this.data.readerPreferences = validPreferences({ ...this.readerPreferences, ...defined });
    this.save();
  }

  get locale(): Locale {
    return this.data.locale;
  }

  get recentProjects(): RecentProject[] {
    return this.data.recentProjects.filter((p) => fs.existsSync(p.path));
  }

  get lastProjectPath(): string | null {
    return this.data.lastProjectPath;
  }

  setLocale(locale: Locale): void {
    this.data.locale = locale;
    this.save();
  }

  projectOpened(projectPath: string, name: string, remember: boolean): void {
    this.data.lastProjectPath = projectPath;
    if (remember) {
      const rest = this.data.recentProjects.filter((p) => p.path !== projectPath);
      this.data.recentProjects = [
        { path: projectPath, name, openedAt: new Date().toISOString() },
        ...rest,
      ].slice(0, RECENT_KEPT);
    }
    this.save();
  }

  clearRecentProjects(): void {
    this.data.recentProjects = [];
    this.save();
  }

  projectClosed(): void {
    this.data.lastProjectPath = null;
    this.save();
  }

  private save(): void {
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}

/** A hand-edited or older settings file may hold anything: keep what is valid, default the rest. */
function validPreferences(value: unknown): ReaderPreferences {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Partial<ReaderPreferences>;
  const size = Number(given.fontSize);
  return {
    fontSize:
      Number.isInteger(size) && size >= READER_FONT_SIZES.min && size <= READER_FONT_SIZES.max
        ? size
        : DEFAULT_READER_PREFERENCES.fontSize,
    theme: given.theme === 'dark' ? 'dark' : 'light',
    // Switches an older settings file does not have yet are on, as they are by default.
    codingStripes: typeof given.codingStripes === 'boolean' ? given.codingStripes : DEFAULT_READER_PREFERENCES.codingStripes,
    noteMarkers: typeof given.noteMarkers === 'boolean' ? given.noteMarkers : DEFAULT_READER_PREFERENCES.noteMarkers,
  };
}
