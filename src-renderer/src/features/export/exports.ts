// The export dialog's state: the report options the user chose, the preview of that report (built
// by the engine, refreshed as the options change), and one export at a time with its progress and
// its cancel (a PDF of thousands of articles takes minutes to print; the user may stop it).
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type {
  ExportFormat,
  ExportProgress,
  PaperSize,
  ReportOptions,
  ReportPreview,
  ReportScope,
} from '../../../../src-main/common/model/report';
import { useApi } from '../../api';
import { useAppStore } from '../../app/app';
import { useDialogsStore } from '../../app/dialogs';
import { useFeedbackStore } from '../../app/feedback';
import { useLibrarySelectionStore } from '../library/library-selection';
import { useReaderStore } from '../reader/reader';
import { useSearchStore } from '../search/search';

export type ScopeKind = 'all' | 'article' | 'search' | 'tag' | 'code';

export const useExportsStore = defineStore('exports', () => {
  const open = ref(false);
  const scopeKind = ref<ScopeKind>('all');
  const tag = ref<string | null>(null);
  const codeId = ref<number | null>(null);
  const organise = ref<ReportOptions['organise']>('article');
  const notes = ref<ReportOptions['notes']>('footnotes');
  const includeMemos = ref(false);
  const title = ref('');
  const author = ref('');
  const format = ref<ExportFormat>('docx');
  const paper = ref<PaperSize>('a4');
  const cancelling = ref(false);
  const preview = shallowRef<ReportPreview | null>(null);
  const previewLoading = ref(false);
  const running = ref(false);
  const progress = shallowRef<ExportProgress | null>(null);
  let previewRequest = 0;

  /** Formats printed on paper, which take the paper size; comments exist in Word only. */
  const takesPaper = computed(() => format.value === 'pdf' || format.value === 'docx');
  const takesComments = computed(() => format.value === 'docx');
  watch(format, () => {
    if (!takesComments.value && notes.value === 'comments') notes.value = 'footnotes';
  });

  /**
   * What an untitled report is called: the project's name as the user sees it (the demo's is
   * translated; the engine, for the CLI, takes the project's file name).
   */
  const defaultTitle = computed(() => useAppStore().projectTitle ?? '');

  /** The scope as the engine takes it; null while the chosen scope still lacks its tag/code/article. */
  const scope = computed<ReportScope | null>(() => {
    switch (scopeKind.value) {
      case 'all':
        return { kind: 'all' };
      case 'article': {
        // The rows chosen in the library table; without a multi-selection, the article being read.
        const selected = useLibrarySelectionStore().ids;
        if (selected.length > 0) return { kind: 'articles', articleIds: [...selected] };
        const id = useReaderStore().selectedId;
        return id === null ? null : { kind: 'articles', articleIds: [id] };
      }
      case 'search': {
        const search = useSearchStore();
        return { kind: 'search', query: search.query, filters: { ...search.filters } };
      }
      case 'tag':
        return tag.value ? { kind: 'tag', tag: tag.value } : null;
      case 'code':
        return codeId.value === null ? null : { kind: 'code', codeId: codeId.value };
    }
    return null;
  });

  const options = computed<ReportOptions | null>(() =>
    scope.value
      ? {
          scope: scope.value,
          organise: organise.value,
          notes: notes.value,
          includeMemos: includeMemos.value,
          title: title.value.trim() || defaultTitle.value,
          author: author.value.trim(),
          paper: paper.value,
        }
      : null,
  );

  function show(): void {
    open.value = true;
    void refreshPreview();
  }

  function close(): void {
    open.value = false;
  }

  async function refreshPreview(): Promise<void> {
    const report = options.value;
    const request = ++previewRequest;
    if (!report) {
      preview.value = null;
      return;
    }
    previewLoading.value = true;
    const result = await useApi().previewReport({ report });
    // An older answer arriving after a newer request is dropped.
    if (request !== previewRequest) return;
    previewLoading.value = false;
    if (result.ok) preview.value = result.value;
    else {
      preview.value = null;
      useFeedbackStore().reportError(result.error);
    }
  }

  /** Asks where to save, then exports; true when a file was written. */
  async function exportNow(defaultName: string): Promise<boolean> {
    const report = options.value;
    if (!report || running.value) return false;
    const name = (report.title || defaultName).replace(/[\\/:*?"<>|]/g, '').slice(0, 100);
    const path = await useDialogsStore().pickExportPath(name, format.value);
    if (!path) return false;
    running.value = true;
    cancelling.value = false;
    progress.value = null;
    try {
      const result = await useApi().exportReport({ report, format: format.value, path });
      if (!result.ok) {
        if (result.error.code === 'EXPORT_CANCELLED') useFeedbackStore().notify('info', 'exports.cancelled');
        else useFeedbackStore().reportError(result.error, { path });
        return false;
      }
      useFeedbackStore().notify('success', 'exports.done', { path: result.value.path });
      open.value = false;
      return true;
    } finally {
      running.value = false;
      cancelling.value = false;
      progress.value = null;
    }
  }

  /** Stops the running export: Chromium (or Electron's print window) is ended, no file is written. */
  async function cancel(): Promise<void> {
    if (!running.value || cancelling.value) return;
    cancelling.value = true;
    const result = await useApi().cancelExport({});
    if (!result.ok) {
      cancelling.value = false;
      useFeedbackStore().reportError(result.error);
    }
  }

  function onProgress(next: ExportProgress): void {
    if (running.value) progress.value = next;
  }

  return {
    ...{ open, scopeKind, tag, codeId, organise, notes, includeMemos, title, author, format, paper },
    ...{ preview, previewLoading, running, cancelling, progress, scope, options },
    ...{ takesPaper, takesComments, defaultTitle },
    ...{ show, close, refreshPreview, exportNow, cancel, onProgress },
  };
});
