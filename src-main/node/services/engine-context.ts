// What the engine lends to the groups of handlers it is built from (annotations, reports): the open
// project, the search catalogue of that project, and the event sink.
import type { ApiEventName, ApiEvents } from '../../common/api/contract';
import type { ProjectStore } from '../db/project-store';
import type { PdfPrinter } from './pdf/headless-chromium-printer';
import type { SearchCatalogue } from '../search/search-catalogue';

/** `target`: the one client the event is for (see ApiEventListener); unset: every client. */
export type EventSink = <E extends ApiEventName>(name: E, payload: ApiEvents[E], target?: string) => void;

export interface EngineContext {
  /** The open project; throws NO_PROJECT_OPEN without one. */
  requireStore(): ProjectStore;
  catalogueOf(store: ProjectStore): SearchCatalogue;
  emit: EventSink;
  /** How this host prints PDF; unset: the system Chromium, headless. */
  pdfPrinter?: PdfPrinter;
}
