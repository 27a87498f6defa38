// Every article's metadata in memory, for filtering and sorting search results without a query per
// hit. Rebuilt (about 30 ms at 10,000 articles) only when the project changed since the last search.
import type { ArticleSummary } from '../../common/model/article';
import type { ProjectStore } from '../db/project-store';
import { allArticleSummaries } from '../db/repositories/articles-repo';

export interface CatalogueEntry extends ArticleSummary {
  importBatch: number | null;
}

export interface IndexStats {
  /** Indexed lengths by docid. */
  titleLength: Int32Array;
  bodyLength: Int32Array;
  /** Indexed articles, and their average lengths. */
  docs: number;
  averageTitle: number;
  averageBody: number;
}

export class SearchCatalogue {
  private entries: CatalogueEntry[] = [];
  private byId = new Map<number, CatalogueEntry>();
  /** Articles that some reprint points at. */
  private originals = new Set<number>();
  /** Full-text index docid -> article id (0: none; see search_docs in migration 0003), and back. */
  private articleOfDoc = new Int32Array(0);
  private docOfArticle = new Map<number, number>();
  private stats: IndexStats = {
    titleLength: new Int32Array(0),
    bodyLength: new Int32Array(0),
    docs: 0,
    averageTitle: 1,
    averageBody: 1,
  };
  private builtAt = -1;

  constructor(private readonly store: ProjectStore) {}

  private refresh(): void {
    if (this.builtAt === this.store.revision) return;
    this.entries = this.store.read(allArticleSummaries);
    this.byId = new Map(this.entries.map((entry) => [entry.id, entry]));
    this.originals = new Set(
      this.entries.flatMap((entry) => (entry.duplicateOf === null ? [] : [entry.duplicateOf])),
    );
    this.docOfArticle = new Map();
    const rows: number[][] = [];
    this.store.read((q) =>
      q.each('SELECT docid, article_id, title_len, body_len FROM search_docs', [], (row) => {
        rows.push(row as number[]);
      }),
    );
    const size = rows.reduce((max, [docid]) => Math.max(max, docid!), 0) + 1;
    this.articleOfDoc = new Int32Array(size);
    const titleLength = new Int32Array(size);
    const bodyLength = new Int32Array(size);
    let titles = 0;
    let bodies = 0;
    for (const [docid, articleId, title, body] of rows) {
      this.articleOfDoc[docid!] = articleId!;
      this.docOfArticle.set(articleId!, docid!);
      titleLength[docid!] = title!;
      bodyLength[docid!] = body!;
      titles += title!;
      bodies += body!;
    }
    const docs = rows.length;
    this.stats = {
      titleLength,
      bodyLength,
      docs,
      averageTitle: docs ? titles / docs || 1 : 1,
      averageBody: docs ? bodies / docs || 1 : 1,
    };
    this.builtAt = this.store.revision;
  }

  docForArticle(id: number): number | undefined {
    this.refresh();
    return this.docOfArticle.get(id);
  }

  /** The article an index docid belongs to; undefined for the docid of a deleted article. */
  articleForDoc(docid: number): number | undefined {
    this.refresh();
    return this.articleOfDoc[docid] || undefined;
  }

  /** Docid -> article id as an array (0: a docid of no article), for loops over thousands of hits. */
  articlesByDoc(): Int32Array {
    this.refresh();
    return this.articleOfDoc;
  }

  /** What BM25 needs about the indexed articles. */
  indexStats(): IndexStats {
    this.refresh();
    return this.stats;
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
