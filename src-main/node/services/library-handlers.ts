// The library's methods of the contract: the article list, one article, its note, and importing
// files into the library (with its progress and finish events).
import type { ZhiyanHandlers } from '../../common/api/contract';
import { getArticle, getOriginalText, listArticles } from './library-service';
import { readArticleNote, writeArticleNote } from './notes-service';
import type { ProjectSession } from './project-session';

export type LibraryHandlers = Pick<
  ZhiyanHandlers,
  'listArticles' | 'getArticle' | 'getOriginalText' | 'getArticleNote' | 'saveArticleNote' | 'importPaths' | 'cancelImport' | 'getImportState'
>;

export function libraryHandlers(session: ProjectSession): LibraryHandlers {
  const store = () => session.projects.requireStore();
  return {
    listArticles: async ({ offset, limit, sort, tags }) => listArticles(store(), offset, limit, sort, tags),
    getArticle: async ({ id, original }) => getArticle(store(), id, original),
    getOriginalText: async ({ id }) => getOriginalText(store(), id),
    getArticleNote: async ({ articleId }) => readArticleNote(store(), articleId),
    saveArticleNote: async ({ articleId, body, baseUpdatedAt }) => {
      const note = writeArticleNote(store(), articleId, body, baseUpdatedAt);
      session.emit('notesChanged', { articleIds: [articleId], memos: false });
      session.emit('libraryChanged', { reason: 'edit' });
      return note;
    },
    importPaths: async ({ paths }) => {
      const report = await session.runImport(paths);
      session.emit('importFinished', report);
      session.fillSearchMemory();
      session.emit('projectChanged', { project: session.projects.info() });
      return report;
    },
    cancelImport: async () => ({ cancelled: session.importer.cancel() }),
    getImportState: async () =>
      session.importer.state(session.projects.info() ? session.projects.requireStore() : null),
  };
}
