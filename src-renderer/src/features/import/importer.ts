// One import at a time: progress and the final report come as events (so a window opened during an
// import still sees it); the importPaths answer carries the same report as importFinished.
// The engine also answers the running import's state and the last reports (getImportState): a
// window reloaded during an import shows its progress again, and a window that was following an
// import (it started it or saw its progress) and went away gets the report when it comes back. Which
// import it was following is remembered in localStorage until its report is closed.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ImportProgress, ImportReport } from '../../../../src-main/common/model/project';
import { useApi } from '../../api';
import { useAppStore } from '../../app/app';
import { useFeedbackStore } from '../../app/feedback';

export type ImportPhase = 'idle' | 'running' | 'finished';

const FOLLOWED_KEY = 'zhiyan.import.followed';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The import this window follows (its project and batch), until its report is closed. */
const followed = {
  get: (projectPath: string | undefined): number | null => {
    try {
      const value = JSON.parse(storage()?.getItem(FOLLOWED_KEY) ?? 'null') as {
        path?: unknown;
        batchId?: unknown;
      } | null;
      return value && value.path === projectPath && typeof value.batchId === 'number' ? value.batchId : null;
    } catch {
      return null;
    }
  },
  set: (projectPath: string | undefined, batchId: number): void => {
    if (projectPath && batchId > 0)
      storage()?.setItem(FOLLOWED_KEY, JSON.stringify({ path: projectPath, batchId }));
  },
  clear: (): void => storage()?.removeItem(FOLLOWED_KEY),
};

export const useImporterStore = defineStore('importer', () => {
  const phase = ref<ImportPhase>('idle');
  const progress = shallowRef<ImportProgress | null>(null);
  const report = shallowRef<ImportReport | null>(null);
  /** The project's last import reports, newest first (from the engine's import history). */
  const recent = shallowRef<ImportReport[]>([]);
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
    followed.set(useAppStore().project?.path, next.batchId);
  }

  function finish(final: ImportReport): void {
    phase.value = 'finished';
    report.value = final;
    cancelling.value = false;
    followed.set(useAppStore().project?.path, final.batchId);
    if (!recent.value.some((r) => r.batchId === final.batchId)) recent.value = [final, ...recent.value];
  }

  /**
   * Reads the engine's import state (after a reload, a reconnect or a project change): a running
   * import shows its progress; the report of the import this window followed is shown if it is
   * still unread.
   */
  async function restore(): Promise<void> {
    const result = await useApi().getImportState({});
    if (!result.ok) return;
    const { running, recent: reports } = result.value;
    recent.value = reports;
    if (running) {
      if (phase.value !== 'running' || !progress.value) onProgress(running);
      return;
    }
    const unread = followed.get(useAppStore().project?.path);
    const final = unread === null ? undefined : reports.find((r) => r.batchId === unread);
    if (final && report.value?.batchId !== final.batchId) {
      finish(final);
      dialogOpen.value = true;
    } else if (!final && phase.value === 'running') {
      // The import this window showed ended without a report it can find: nothing more to show.
      phase.value = 'idle';
      dialogOpen.value = false;
    }
  }

  function closeDialog(): void {
    dialogOpen.value = false;
    if (phase.value === 'finished') {
      phase.value = 'idle';
      followed.clear();
    }
  }

  return {
    phase,
    progress,
    report,
    recent,
    cancelling,
    dialogOpen,
    start,
    cancel,
    onProgress,
    finish,
    restore,
    closeDialog,
  };
});
