// Every article's metadata in memory, for filtering and sorting search results without a query per
// hit. Rebuilt (about 30 ms at 10,000 articles) only when the project changed since the last search.
import type { ArticleSummary } from '../../common/model/article';
import type { ProjectStore } from '../db/project-store';

export interface CatalogueEntry extends ArticleSummary {
  importBatch: number | null;
}

interface Row {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  places_json: string;
  file_path: string;
  layout: string;
  encoding: string;
  duplicate_of: number | null;
  import_batch: number | null;
  has_note: number;
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
    const rows = this.store.read((q) =>
      q.all<Row>(
        `SELECT a.id, a.title, a.date, a.source, a.author, a.places_json, a.file_path, a.layout, a.encoding,
           a.duplicate_of, a.import_batch, EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id) AS has_note
         FROM articles a ORDER BY a.id`,
      ),
    );
    this.entries = rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: row.date,
      source: row.source,
      author: row.author,
      places: JSON.parse(row.places_json) as string[],
      filePath: row.file_path,
      layout: row.layout,
      encoding: row.encoding,
      duplicateOf: row.duplicate_of,
      importBatch: row.import_batch,
      hasNote: row.has_note === 1,
    }));
    this.byId = new Map(this.entries.map((entry) => [entry.id, entry]));
    this.originals = new Set(this.entries.flatMap((entry) => (entry.duplicateOf === null ? [] : [entry.duplicateOf])));
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
