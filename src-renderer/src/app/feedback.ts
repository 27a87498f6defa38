// What the user should be told: errors turned into translated messages, and short confirmations.
// The store only queues them; FeedbackPresenter.vue shows them with naive-ui, so the stores stay
// free of view code. Project-level failures get a dialog; the rest a toast.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError, ErrorCode } from '../../../src-main/common/api/errors';
import type { MessageKey, MessageParams } from '../i18n';

export interface ErrorReport {
  id: number;
  error: ApiError;
  /** The project path the failed action was about, when there was one. */
  path: string | null;
}

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  params?: MessageParams;
  /** A button on the toast, e.g. 撤销 after a deletion. */
  action?: ToastAction;
}

export interface ToastAction {
  label: MessageKey;
  run: () => void;
}

const DIALOG_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'PROJECT_NOT_FOUND',
  'PROJECT_ALREADY_EXISTS',
  'PROJECT_NOT_A_PROJECT',
  'PROJECT_DAMAGED',
  'PROJECT_NEWER_THAN_APP',
  'PROJECT_LOCKED',
  'PROJECT_WRITE_FAILED',
  'BACKUP_NOT_FOUND',
  'IMPORT_PATH_NOT_FOUND',
  'ENGINE_UNAVAILABLE',
  'UNAUTHORIZED',
]);

export const useFeedbackStore = defineStore('feedback', () => {
  let nextId = 1;
  /** The error shown in a dialog; one at a time, the newest wins. */
  const dialogError = shallowRef<ErrorReport | null>(null);
  const toasts = ref<Toast[]>([]);

  function reportError(error: ApiError, context: { path?: string } = {}): void {
    const detailPath = typeof error.detail?.path === 'string' ? error.detail.path : null;
    const report: ErrorReport = { id: nextId++, error, path: detailPath ?? context.path ?? null };
    if (DIALOG_CODES.has(error.code)) {
      dialogError.value = report;
    } else {
      toasts.value.push({ id: report.id, kind: 'error', key: `error.${error.code}` });
    }
  }

  function notify(kind: Toast['kind'], key: MessageKey, params?: MessageParams, action?: ToastAction): void {
    const toast: Toast = { id: nextId++, kind, key };
    if (params) toast.params = params;
    if (action) toast.action = action;
    toasts.value.push(toast);
  }

  /** The presenter takes the toasts it has shown. */
  function takeToasts(): Toast[] {
    const taken = toasts.value;
    toasts.value = [];
    return taken;
  }

  function dismissDialog(): void {
    dialogError.value = null;
  }

  return { dialogError, toasts, reportError, notify, takeToasts, dismissDialog };
});
