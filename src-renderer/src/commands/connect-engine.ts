// Wires engine events and Electron menu commands to the stores, once, at start, and reloads the
// views whenever the project under them changes (whoever changed it).
import { watch } from 'vue';
import type { ApiEventName, ApiEvents } from '../../../src-main/common/api/contract';
import { useApiClient } from '../api';
import { useAnnotationsStore } from '../stores/annotations';
import { useAppStore } from '../stores/app';
import { useExportsStore } from '../stores/exports';
import { useCodebookStore } from '../stores/codebook';
import { useCodedPassagesStore } from '../stores/coded-passages';
import { useImporterStore } from '../stores/importer';
import { useLibraryStore } from '../stores/library';
import { useLibrarySelectionStore } from '../stores/library-selection';
import { useMemosStore } from '../stores/memos';
import { useReaderStore } from '../stores/reader';
import { useSearchStore } from '../stores/search';
import { useTagsStore } from '../stores/tags';
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
  const passages = useCodedPassagesStore();
  const undo = useUndoStore();
  const tags = useTagsStore();
  const memos = useMemosStore();
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
        void tags.load();
        return;
      case 'savedSearchesChanged':
        search.onSavedSearchesChanged(message.payload);
        return;
      case 'annotationsChanged':
        void annotations.onChanged(message.payload.articleIds);
        if (message.payload.codebook) void codebook.load();
        void passages.refresh();
        void library.refresh();
        void tags.onChanged(message.payload.articleIds);
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
    void passages.refresh();
    void annotations.onChanged(null);
    void undo.refresh();
    void tags.load();
    void memos.load();
    void importer.restore();
  });

  const stopMenu = client.onMenuCommand((command) => void runCommand(command));

  const stopWatch = watch(
    () => app.projectKey,
    (key) => {
      void reader.close();
      void search.reset(key !== null);
      annotations.clear();
      useLibrarySelectionStore().clear();
      passages.close();
      if (key === null) {
        library.clear();
        codebook.clear();
        tags.clear();
        memos.clear();
      } else {
        void library.reset();
        void codebook.load();
        void tags.load();
        void memos.load();
        // A reloaded window shows a running import, or the unread report of the one it followed.
        void importer.restore();
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
