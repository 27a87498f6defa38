// Deleting articles, undoably: every row that goes with an article (highlights and their codes,
// tags, its note, fingerprints) is watched, so undo brings all of it back with the same ids. Its
// search_docs row (which the delete cascades) comes back too, which makes the article's entries in
// the contentless index count again without tokenising it anew (see applyChangeSet).
import type { WriteQuery } from '../../db/query';
import { inChunks, selectRowsIn } from '../../db/repositories/rows-repo';
import type { EngineContext } from '../engine-context';
import { recordAction } from './undo-history';
import { assertArticlesExist } from './tags';

function deleteArticleRows(q: WriteQuery, ids: readonly number[]): void {
  for (const chunk of inChunks(ids)) q.run(`DELETE FROM articles WHERE id IN ${chunk.placeholders}`, chunk.params);
}

export function deleteArticles(context: EngineContext, articleIds: readonly number[]): { deleted: number } {
  return recordAction(context, 'delete-articles', (q, recorder) => {
    const ids = assertArticlesExist(q, articleIds);
    const highlightIds = selectRowsIn(q, 'highlights', 'article_id', ids).map((row) => Number(row.id));
    const tagIds = [...new Set(selectRowsIn(q, 'article_tags', 'article_id', ids).map((row) => Number(row.tag_id)))];
    recorder.watchIn('articles', 'id', ids);
    // Reprints of a deleted article lose their link to it (ON DELETE SET NULL): undo restores it.
    recorder.watchIn('articles', 'duplicate_of', ids);
    recorder.watchIn('search_docs', 'article_id', ids);
    recorder.watchIn('article_fingerprints', 'article_id', ids);
    recorder.watchIn('highlights', 'article_id', ids);
    recorder.watchIn('highlight_codes', 'highlight_id', highlightIds);
    recorder.watchIn('article_tags', 'article_id', ids);
    recorder.watchIn('tags', 'id', tagIds);
    recorder.watchIn('notes', 'article_id', ids);
    deleteArticleRows(q, ids);
    // Tags only these articles carried go too.
    for (const chunk of inChunks(tagIds)) {
      q.run(
        `DELETE FROM tags WHERE id IN ${chunk.placeholders} AND NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = tags.id)`,
        chunk.params,
      );
    }
    return { deleted: ids.length };
  });
}
