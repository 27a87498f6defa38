// Search's methods of the contract: a query with its filters, the facets, and saved searches.
import type { ZhiyanHandlers } from '../../common/api/contract';
import { search, searchFacets } from '../search/search-service';
import type { ProjectSession } from './project-session';
import { SavedSearches } from './saved-searches';

export type SearchHandlers = Pick<
  ZhiyanHandlers,
  'search' | 'searchFacets' | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch'
>;

export function searchHandlers(session: ProjectSession): SearchHandlers {
  const store = () => session.projects.requireStore();
  const savedSearches = new SavedSearches((list) =>
    session.emit('savedSearchesChanged', { savedSearches: list }),
  );
  return {
    search: async (request) => {
      const current = store();
      return search(current, session.catalogueOf(current), request);
    },
    searchFacets: async () => {
      const current = store();
      return searchFacets(current, session.catalogueOf(current));
    },
    listSavedSearches: async () => savedSearches.list(store()),
    saveSearch: async ({ name, query, filters }) => savedSearches.save(store(), name, query, filters),
    deleteSavedSearch: async ({ id }) => {
      savedSearches.delete(store(), id);
      return null;
    },
  };
}
