// One import at a time: progress and the final report come as events (so a window opened during an
// import still sees it); the importPaths answer carries the same report as importFinished.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ImportProgress, ImportReport } from '../../../../src-main/common/model/project';
import { useApi } from '../../api';
import { useFeedbackStore } from '../../app/feedback';

export type ImportPhase = 'idle' | 'running' | 'finished';

export const useImporterStore = defineStore('importer', () => {
  const phase = ref<ImportPhase>('idle');
  const progress = shallowRef<ImportProgress | null>(null);
  const report = shallowRef<ImportReport | null>(null);
  const cancelling = ref(false);
  const dialogOpen = ref(false);

  async function start(paths: string[]): Promise<void> {
    if (phase.value === 'running' || paths.length === 0) return;
    phase.value = 'running';
    progress.value = null;
    report.value = null;
    cancelling.value = false;
    dialogOpen.value = true;
    const result = await useApi().importPaths({ paths });
    if (result.ok) {
      finish(result.value);
    } else {
      // IMPORT_IN_PROGRESS means another import owns the dialog: keep showing its progress.
      if (result.error.code !== 'IMPORT_IN_PROGRESS') {
        phase.value = 'idle';
        dialogOpen.value = false;
      }
      useFeedbackStore().reportError(result.error, { path: paths[0] ?? '' });
    }
  }

  async function cancel(): Promise<void> {
    if (phase.value !== 'running') return;
    cancelling.value = true;
    const result = await useApi().cancelImport({});
    if (!result.ok) {
      cancelling.value = false;
      useFeedbackStore().reportError(result.error);
    }
  }

  function onProgress(next: ImportProgress): void {
    if (phase.value === 'finished') return;
    phase.value = 'running';
    dialogOpen.value = true;
    progress.value = next;
  }

  function finish(final: ImportReport): void {
    phase.value = 'finished';
    report.value = final;
    cancelling.value = false;
  }

  function closeDialog(): void {
    dialogOpen.value = false;
    if (phase.value === 'finished') phase.value = 'idle';
  }

  return { phase, progress, report, cancelling, dialogOpen, start, cancel, onProgress, finish, closeDialog };
});
