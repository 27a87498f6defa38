// Errors cross every boundary (worker, IPC, HTTP) as data, never as thrown exceptions: Electron's
// ipcMain.handle keeps only an error's message, and the renderer needs a code it can translate.

export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NO_PROJECT_OPEN',
  'PROJECT_NOT_FOUND',
  'PROJECT_ALREADY_EXISTS',
  'PROJECT_NOT_A_PROJECT',
  'PROJECT_DAMAGED',
  'PROJECT_NEWER_THAN_APP',
  'PROJECT_LOCKED',
  'PROJECT_WRITE_FAILED',
  'BACKUP_NOT_FOUND',
  'ARTICLE_NOT_FOUND',
  'IMPORT_IN_PROGRESS',
  'IMPORT_PATH_NOT_FOUND',
  'CODE_NOT_FOUND',
  'CODE_NAME_TAKEN',
  'CODE_MOVE_INVALID',
  'HIGHLIGHT_NOT_FOUND',
  'HIGHLIGHT_RANGE_INVALID',
  'MEMO_NOT_FOUND',
  'NOTHING_TO_UNDO',
  'EXPORT_WRITE_FAILED',
  'PDF_UNAVAILABLE',
  'PDF_PRINT_FAILED',
  'EXPORT_CANCELLED',
  'CODEBOOK_INVALID',
  'ENGINE_UNAVAILABLE',
  'UNAUTHORIZED',
  'INTERNAL_ERROR',
  'UNDO_CONFLICT',
  'NOTE_CONFLICT',
  'RECOVERY_NOT_APPLICABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and the CLI; the renderer shows its own translation of `code`. */
  message: string;
  /** Values the translated message can use, e.g. { path, backups }. JSON-safe. */
  detail?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, detail?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});

/**
 * Thrown inside the engine for an expected failure the user can meet; the dispatcher turns it into a
 * `Result` error. Any other exception is a bug and becomes INTERNAL_ERROR.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
