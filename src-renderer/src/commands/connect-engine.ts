// Wires engine events and Electron menu commands to the stores, once, at start, and reloads the
// views whenever the project under them changes (whoever changed it).
import { watch } from 'vue';
import type { ApiEventName, ApiEvents } from '../../../src-main/common/api/contract';
import { useApiClient } from '../api';
import { useAnnotationsStore } from '../stores/annotations';
import { useAppStore } from '../stores/app';
import { useExportsStore } from '../stores/exports';
import { useCodebookStore } from '../stores/codebook';
import { useImporterStore } from '../stores/importer';
import { useLibraryStore } from '../stores/library';
import { useReaderStore } from '../stores/reader';
import { useSearchStore } from '../stores/search';
import { useUndoStore } from '../stores/undo';
import { runCommand } from './run-command';

type ApiEventMessage = { [E in ApiEventName]: { name: E; payload: ApiEvents[E] } }[ApiEventName];

export function connectEngine(): () => void {
  const client = useApiClient();
  const app = useAppStore();
  const library = useLibraryStore();
  const reader = useReaderStore();
  const importer = useImporterStore();
  const search = useSearchStore();
  const annotations = useAnnotationsStore();
  const codebook = useCodebookStore();
  const undo = useUndoStore();
  const exports = useExportsStore();

  const handle = (message: ApiEventMessage): void => {
    switch (message.name) {
      case 'importProgress':
        importer.onProgress(message.payload);
        return;
      case 'exportProgress':
        exports.onProgress(message.payload);
        return;
      case 'importFinished':
        importer.finish(message.payload);
        return;
      case 'libraryChanged':
        void library.refresh();
        void search.refresh();
        return;
      case 'savedSearchesChanged':
        search.onSavedSearchesChanged(message.payload);
        return;
      case 'annotationsChanged':
        void annotations.onChanged(message.payload.articleIds);
        if (message.payload.codebook) void codebook.load();
        void library.refresh();
        return;
      case 'undoChanged':
        undo.onChanged(message.payload);
        return;
      case 'projectChanged':
        app.onProjectChanged(message.payload);
        void app.refresh();
        return;
    }
  };
  // The generic listener pairs each name with its payload type; the union above restores that
  // pairing so the switch can narrow it.
  const stopEvents = client.onEvent((name, payload) => handle({ name, payload } as ApiEventMessage));

  // Events may have been missed while the stream was down: read everything again.
  const stopReconnect = client.onReconnect(() => {
    void app.refresh();
    void library.refresh();
    void search.refresh();
    void search.loadSavedSearches();
    void codebook.load();
    void annotations.onChanged(null);
    void undo.refresh();
  });

  const stopMenu = client.onMenuCommand((command) => void runCommand(command));

  const stopWatch = watch(
    () => app.projectKey,
    (key) => {
      void reader.close();
      void search.reset(key !== null);
      annotations.clear();
      if (key === null) {
        library.clear();
        codebook.clear();
      } else {
        void library.reset();
        void codebook.load();
      }
      void undo.refresh();
    },
    { immediate: true },
  );

  return () => {
    stopEvents();
    stopReconnect();
    stopMenu();
    stopWatch();
  };
}
