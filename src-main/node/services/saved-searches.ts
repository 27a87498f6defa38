import type { SavedSearch, SearchFilters } from '../../common/model/search';
import {
  deleteSavedSearch,
  insertSavedSearch,
  listSavedSearches,
} from '../db/repositories/saved-searches-repo';
import type { ProjectStore } from '../db/project-store';

/** Saved searches of the open project; every change is announced so each window's sidebar follows. */
export class SavedSearches {
  constructor(private readonly changed: (list: SavedSearch[]) => void) {}

  list(store: ProjectStore): SavedSearch[] {
    return store.read(listSavedSearches);
  }

  save(store: ProjectStore, name: string, query: string, filters: SearchFilters): SavedSearch {
    const saved = store.write((q) => insertSavedSearch(q, name, query, filters, new Date().toISOString()));
    this.changed(this.list(store));
    return saved;
  }

  delete(store: ProjectStore, id: number): void {
    store.write((q) => deleteSavedSearch(q, id));
    this.changed(this.list(store));
  }
}
