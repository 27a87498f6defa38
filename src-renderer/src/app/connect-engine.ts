// Wires engine events and Electron menu commands to the stores, once, at start, and reloads the
// views whenever the project under them changes (whoever changed it). Every window and tab on a
// project gets every event, so each one shows what the others (and undo, and the CLI) changed.
import { watch } from 'vue';
import type { ApiEventName, ApiEvents } from '../../../src-main/common/api/contract';
import { useApiClient } from '../api';
import { useAnnotationsStore } from '../features/reader/annotations';
import { useAppStore } from './app';
import { useExportsStore } from '../features/export/exports';
import { useCodebookStore } from '../features/codebook/codebook';
import { useCodedPassagesStore } from '../features/codebook/coded-passages';
import { useImporterStore } from '../features/import/importer';
import { useLibraryStore } from '../features/library/library';
import { useLibrarySelectionStore } from '../features/library/library-selection';
import { useMemosStore } from '../features/notes/memos';
import { useNotesStore } from '../features/notes/notes';
import { useReaderStore } from '../features/reader/reader';
import { useSearchStore } from '../features/search/search';
import { useTagsStore } from '../features/library/tags';
import { useUndoStore } from './undo';
import { runCommand } from './run-command';

type ApiEventMessage = { [E in ApiEventName]: { name: E; payload: ApiEvents[E] } }[ApiEventName];

/** Articles were added, changed or deleted: the lists and the search follow, and the readers. */
function onLibraryChanged({ reason }: ApiEvents['libraryChanged']): void {
  void useLibraryStore().refresh();
  void useSearchStore().refresh();
  void useTagsStore().load();
  if (reason === 'delete') void useReaderStore().closeDeleted();
}

/** Highlights, codes or tags changed (here, in another window, by undo or the CLI). */
function onAnnotationsChanged({ articleIds, codebook }: ApiEvents['annotationsChanged']): void {
  void useAnnotationsStore().onChanged(articleIds);
  if (codebook) void useCodebookStore().load();
  void useCodedPassagesStore().refresh();
  void useLibraryStore().refresh();
  void useTagsStore().onChanged(articleIds);
}

function onNotesChanged({ articleIds, memos }: ApiEvents['notesChanged']): void {
  if (articleIds.length > 0) void useNotesStore().onExternalChange(articleIds);
  if (memos) void useMemosStore().onExternalChange();
}

/** Hands one engine event to the stores it concerns. */
export function routeEngineEvent(message: ApiEventMessage): void {
  switch (message.name) {
    case 'importProgress':
      return useImporterStore().onProgress(message.payload);
    case 'exportProgress':
      return useExportsStore().onProgress(message.payload);
    case 'importFinished':
      return useImporterStore().finish(message.payload);
    case 'libraryChanged':
      return onLibraryChanged(message.payload);
    case 'savedSearchesChanged':
      return useSearchStore().onSavedSearchesChanged(message.payload);
    case 'annotationsChanged':
      return onAnnotationsChanged(message.payload);
    case 'notesChanged':
      return onNotesChanged(message.payload);
    case 'undoChanged':
      // The host sends each window or tab its own undo state only.
      useUndoStore().onChanged(message.payload);
      return;
    case 'projectChanged':
      useAppStore().onProjectChanged(message.payload);
      void useAppStore().refresh();
      return;
  }
}

/** After the event stream was down, events may have been missed: read everything again. */
function reloadEverything(): void {
  void useAppStore().refresh();
  void useLibraryStore().refresh();
  void useSearchStore().refresh();
  void useSearchStore().loadSavedSearches();
  void useCodebookStore().load();
  void useCodedPassagesStore().refresh();
  void useAnnotationsStore().onChanged(null);
  void useUndoStore().refresh();
  void useTagsStore().load();
  void useMemosStore().onExternalChange();
  void useNotesStore().onExternalChange(null);
  void useReaderStore().closeDeleted();
  void useImporterStore().restore();
}

/** Another project (or none) is open: every view starts over from it. */
function resetViewsFor(projectKey: string | null): void {
  void useReaderStore().close();
  void useSearchStore().reset(projectKey !== null);
  useAnnotationsStore().clear();
  useLibrarySelectionStore().clear();
  useCodedPassagesStore().close();
  if (projectKey === null) {
    useLibraryStore().clear();
    useCodebookStore().clear();
    useTagsStore().clear();
    useMemosStore().clear();
  } else {
    void useLibraryStore().reset();
    void useCodebookStore().load();
    void useTagsStore().load();
    void useMemosStore().load();
    // A reloaded window shows a running import, or the unread report of the one it followed.
    void useImporterStore().restore();
  }
  void useUndoStore().refresh();
}

export function connectEngine(): () => void {
  const client = useApiClient();
  const app = useAppStore();
  // The generic listener pairs each name with its payload type; the union above restores that
  // pairing so the switch can narrow it.
  const stopEvents = client.onEvent((name, payload) => routeEngineEvent({ name, payload } as ApiEventMessage));
  const stopReconnect = client.onReconnect(reloadEverything);
  const stopMenu = client.onMenuCommand((command) => void runCommand(command));
  const stopWatch = watch(() => app.projectKey, resetViewsFor, { immediate: true });
  return () => {
    stopEvents();
    stopReconnect();
    stopMenu();
    stopWatch();
  };
}
