// The app as a whole: host, locale, the open project and the recent projects. Project actions take
// a path; choosing the path (native dialog or typed) is the commands module's job.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ApiEvents } from '../../../src-main/common/api/contract';
import type { ApiError } from '../../../src-main/common/api/errors';
import type { AppState, BackupInfo, Locale, ProjectInfo } from '../../../src-main/common/model/project';
import { useApi } from '../api';
import { setLocale as applyLocale, useI18n } from '../i18n';
import { useFeedbackStore } from './feedback';

export const useAppStore = defineStore('app', () => {
  const state = shallowRef<AppState | null>(null);
  /** Set when the engine could not be reached at start; the shell shows it instead of the UI. */
  const startupError = shallowRef<ApiError | null>(null);
  const busy = ref(false);
  const settingsOpen = ref(false);
  /** Bumped when the same project is opened afresh (a restored backup), so views reload it. */
  const reopenCount = ref(0);

  const project = computed(() => state.value?.project ?? null);
  /** What the user sees as the project's name: the demo has a translated one. */
  const { t } = useI18n();
  const projectTitle = computed(() =>
    project.value ? (project.value.isDemo ? t('project.demoName') : project.value.name) : null,
  );
  /** Changes whenever the project under the views changes: another file, or the same one reopened. */
  const projectKey = computed(() => (project.value ? `${reopenCount.value}:${project.value.path}` : null));
  const recentProjects = computed(() => state.value?.recentProjects ?? []);
  const locale = computed<Locale>(() => state.value?.locale ?? 'zh-CN');
  const host = computed(() => state.value?.host ?? 'browser');

  function setState(next: AppState): void {
    state.value = next;
    applyLocale(next.locale);
  }

  async function load(): Promise<boolean> {
    const result = await useApi().getAppState({});
    if (!result.ok) {
      startupError.value = result.error;
      return false;
    }
    startupError.value = null;
    setState(result.value);
    // The project open at the last exit could not be reopened (damaged, moved, newer format...):
    // say so, with the same dialog as any failed open, so backups can be offered.
    const reopenError = result.value.startupError;
    if (reopenError) {
      const path = typeof reopenError.detail?.path === 'string' ? reopenError.detail.path : undefined;
      useFeedbackStore().reportError(reopenError, path === undefined ? {} : { path });
    }
    return true;
  }

  /** Re-reads the app state (recent projects change whenever a project opens). */
  async function refresh(): Promise<void> {
    const result = await useApi().getAppState({});
    if (result.ok) setState(result.value);
  }

  async function changeLocale(next: Locale): Promise<void> {
    applyLocale(next);
    const result = await useApi().setLocale({ locale: next });
    if (result.ok) setState(result.value);
    else useFeedbackStore().reportError(result.error);
  }

  /** Runs one project-changing call at a time and reports its failure against `path`. */
  async function runProjectAction<T>(
    path: string | undefined,
    action: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>,
  ): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const result = await action();
      if (!result.ok) {
        useFeedbackStore().reportError(result.error, path === undefined ? {} : { path });
        return null;
      }
      return result.value;
    } finally {
      busy.value = false;
    }
  }

  async function afterOpen(info: ProjectInfo | null, pathBefore: string | null): Promise<ProjectInfo | null> {
    if (!info) return null;
    if (info.path === pathBefore) reopenCount.value += 1;
    await refresh();
    if (info.migratedFromBackup) {
      useFeedbackStore().notify('info', 'feedback.migrated', { path: info.migratedFromBackup });
    }
    const damage = info.journalDamage;
    if (damage?.recoveryFile) {
      useFeedbackStore().notify('error', 'durability.journalKept', {
        line: damage.line,
        kept: damage.recordsKept,
        file: damage.recoveryFile,
      });
    } else if (damage) {
      useFeedbackStore().notify('info', 'durability.journalReplayed', { line: damage.line, replayed: damage.recordsReplayed });
    }
    return info;
  }

  async function openWith(
    path: string | undefined,
    action: () => Promise<{ ok: true; value: ProjectInfo } | { ok: false; error: ApiError }>,
  ): Promise<ProjectInfo | null> {
    const pathBefore = project.value?.path ?? null;
    return afterOpen(await runProjectAction(path, action), pathBefore);
  }

  const api = () => useApi();
  const createProject = async (path: string) => {
    const info = await openWith(path, () => api().createProject({ path }));
    if (info) useFeedbackStore().notify('success', 'feedback.projectCreated', { name: info.name });
    return info;
  };
  const openProject = (path: string) => openWith(path, () => api().openProject({ path }));
  const openDemoProject = () => openWith(undefined, () => api().openDemoProject({}));
  /** The backups of a project file, newest first; none when they cannot be listed. */
  async function listBackups(path: string): Promise<BackupInfo[]> {
    const result = await api().listBackups({ path });
    return result.ok ? [...result.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];
  }
  const restoreBackup = (path: string, backupPath: string) =>
    openWith(path, () => api().restoreBackup({ path, backupPath }));
  const closeProject = async () => {
    await runProjectAction(undefined, () => api().closeProject({}));
    await refresh();
  };
  const saveProjectCopy = async (path: string) => {
    const saved = await runProjectAction(path, () => api().saveProjectCopy({ path }));
    if (saved) useFeedbackStore().notify('success', 'feedback.copySaved', { path: saved.path });
  };

  /** Forgets the recent projects (the start screen's and the File menu's 清除列表). */
  async function clearRecentProjects(): Promise<void> {
    const result = await api().clearRecentProjects({});
    if (result.ok) setState(result.value);
    else useFeedbackStore().reportError(result.error);
  }

  function onProjectChanged(payload: ApiEvents['projectChanged']): void {
    if (!state.value) return;
    state.value = { ...state.value, project: payload.project };
  }

  return {
    state,
    startupError,
    busy,
    settingsOpen,
    project,
    projectTitle,
    projectKey,
    recentProjects,
    locale,
    host,
    load,
    refresh,
    changeLocale,
    createProject,
    openProject,
    openDemoProject,
    listBackups,
    restoreBackup,
    closeProject,
    saveProjectCopy,
    onProjectChanged,
    clearRecentProjects,
  };
});
