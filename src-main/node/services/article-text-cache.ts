// The clean text of the article read last, per open project, while nothing has been written since:
// opening an article reads its text for the reader (getArticle) and again, a moment later, to
// anchor its highlights (listHighlights). For a 10-million-character article each read costs sql.js
// ~30 MB of overflow pages and their UTF-8 decoding (0.1-0.7 s); the second one is not needed.
import type { ProjectStore } from '../db/project-store';

interface LastText {
  id: number;
  revision: number;
  text: string;
}

const lastRead = new WeakMap<ProjectStore, LastText>();

export function rememberCleanText(store: ProjectStore, id: number, text: string): void {
  lastRead.set(store, { id, revision: store.revision, text });
}

/** The text remembered for `id`, or what `read` gives (then remembered). */
export function cleanTextOf(store: ProjectStore, id: number, read: () => string): string {
  const last = lastRead.get(store);
  if (last && last.id === id && last.revision === store.revision) return last.text;
  const text = read();
  rememberCleanText(store, id, text);
  return text;
}
