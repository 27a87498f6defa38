// Every article's metadata in memory, for filtering and sorting search results without a query per
// hit. Rebuilt (about 30 ms at 10,000 articles) only when the project changed since the last search.
import type { ArticleSummary } from '../../common/model/article';
import type { ProjectStore } from '../db/project-store';
import { allArticleSummaries } from '../db/repositories/articles-repo';

export interface CatalogueEntry extends ArticleSummary {
  importBatch: number | null;
}

export class SearchCatalogue {
  private entries: CatalogueEntry[] = [];
  private byId = new Map<number, CatalogueEntry>();
  /** Articles that some reprint points at. */
  private originals = new Set<number>();
  /** Full-text index docid -> article id (see search_docs in migration 0003), and back. */
  private articleOfDoc = new Map<number, number>();
  private docOfArticle = new Map<number, number>();
  private builtAt = -1;

  constructor(private readonly store: ProjectStore) {}

  private refresh(): void {
    if (this.builtAt === this.store.revision) return;
    this.entries = this.store.read(allArticleSummaries);
    this.byId = new Map(this.entries.map((entry) => [entry.id, entry]));
    this.originals = new Set(
      this.entries.flatMap((entry) => (entry.duplicateOf === null ? [] : [entry.duplicateOf])),
    );
    this.articleOfDoc = new Map();
    this.docOfArticle = new Map();
    this.store.read((q) =>
      q.each('SELECT docid, article_id FROM search_docs', [], ([docid, articleId]) => {
        this.articleOfDoc.set(docid as number, articleId as number);
        this.docOfArticle.set(articleId as number, docid as number);
      }),
    );
    this.builtAt = this.store.revision;
  }

  docForArticle(id: number): number | undefined {
    this.refresh();
    return this.docOfArticle.get(id);
  }

  /** The article an index docid belongs to; undefined for the docid of a deleted article. */
  articleForDoc(docid: number): number | undefined {
    this.refresh();
    return this.articleOfDoc.get(docid);
  }

  all(): readonly CatalogueEntry[] {
    this.refresh();
    return this.entries;
  }

  get(id: number): CatalogueEntry | undefined {
    this.refresh();
    return this.byId.get(id);
  }

  isOriginalOfReprints(id: number): boolean {
    this.refresh();
    return this.originals.has(id);
  }
}
