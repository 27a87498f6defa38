// The English catalogue. Typed against the Chinese one: a missing or extra key fails the typecheck.
// Composed like zh-CN.ts: the error codes here, then each folder's messages.ts.
import { appEn } from '../app/messages';
import { articleEditEn } from '../features/article-edit/messages';
import { codebookEn } from '../features/codebook/messages';
import { exportsEn } from '../features/export/messages';
import { importEn } from '../features/import/messages';
import { libraryEn } from '../features/library/messages';
import { notesEn } from '../features/notes/messages';
import { readerEn } from '../features/reader/messages';
import { searchEn } from '../features/search/messages';
import { settingsEn } from '../features/settings/messages';
import { uiEn } from '../ui/messages';
import type { Catalogue } from './zh-CN';

export const en: Catalogue = {
  'error.INVALID_ARGUMENT':
    'The request was not valid (for example an empty or overlong path). Check what you typed and try again.',
  'error.NO_PROJECT_OPEN': 'No project is open. Create or open a project first.',
  'error.PROJECT_NOT_FOUND':
    'The project file was not found. Check the path, or whether the file was moved or deleted.',
  'error.PROJECT_ALREADY_EXISTS':
    'A file with that name already exists there. Choose another name, or open the existing project.',
  'error.PROJECT_NOT_A_PROJECT':
    'This file is not a Zhiyan project. Choose a project file ending in .zhiyan.',
  'error.PROJECT_DAMAGED':
    'The project file is damaged and cannot be opened. You can restore it from a recent backup; the damaged file is kept aside.',
  'error.PROJECT_NEWER_THAN_APP':
    'This project was made by a newer version of Zhiyan and cannot be opened safely by this one. Please update Zhiyan first.',
  'error.PROJECT_LOCKED':
    'This project is in use by another Zhiyan window or program. Close it there, then try again.',
  'error.PROJECT_WRITE_FAILED':
    'The project file could not be written, so your last change was not saved. Check the free disk space and the folder’s permissions, then try again.',
  'error.BACKUP_NOT_FOUND':
    'That backup file was not found; it may have been moved or deleted. Choose another backup.',
  'error.ARTICLE_NOT_FOUND':
    'That article was not found; it may have been deleted. The library has been refreshed.',
  'error.IMPORT_IN_PROGRESS':
    'An import is already running. Wait for it to finish, or cancel it, before starting another.',
  'error.IMPORT_PATH_NOT_FOUND': 'The folder or file to import was not found. Check the path.',
  'error.CODE_NOT_FOUND':
    'That code was not found; it may have been deleted or merged. The codebook was refreshed.',
  'error.CODE_NAME_TAKEN': 'A code with this name already exists at this level. Choose another name.',
  'error.CODE_MOVE_INVALID':
    'A code cannot be moved under itself or under one of its own sub-codes. Choose another place.',
  'error.HIGHLIGHT_NOT_FOUND':
    'That highlight was not found; it may have been deleted. The article’s annotations were refreshed.',
  'error.HIGHLIGHT_RANGE_INVALID':
    'The selected range is not inside this article’s text. Select the passage again.',
  'error.MEMO_NOT_FOUND': 'That memo was not found; it may have been deleted. The memo list was refreshed.',
  'error.NOTHING_TO_UNDO': 'There is nothing to undo or redo. Every change is saved.',
  'error.EXPORT_WRITE_FAILED':
    'The export file could not be written. Check that the folder exists, that you may write to it, and that the disk has room.',
  'error.PDF_UNAVAILABLE':
    'No PDF could be made: no browser component for printing was found. Export HTML or Word instead.',
  'error.PDF_PRINT_FAILED':
    'The PDF could not be printed: the browser component did not finish, and no file was written. Try a smaller scope (a tag or a code), or export Word or HTML instead.',
  'error.EXPORT_CANCELLED':
    'The export was cancelled, and no file was written. Export again when you need it, or choose a smaller scope to finish sooner.',
  'error.CODEBOOK_INVALID':
    'This file is not a valid REFI-QDA codebook; no codes were imported. Choose a .qdc codebook or a .qdpx project exported by a QDA program.',
  'error.ENGINE_UNAVAILABLE':
    'Zhiyan’s engine cannot be reached. Make sure Zhiyan is still running, then reload the page or restart Zhiyan.',
  'error.UNAUTHORIZED':
    'Access refused: the access token is missing or wrong. Open Zhiyan again with the full link it printed when it started.',
  'error.INTERNAL_ERROR':
    'Zhiyan hit an internal error and the action did not finish. Try again; if it keeps happening, note the steps and tell us.',
  'error.UNDO_CONFLICT':
    'This step cannot be undone: another window or tab has changed the same items since, and undoing would overwrite their work. The step was removed from your undo history; every other change is saved.',
  'error.NOTE_CONFLICT':
    'Not saved: another window or tab has just changed this note. Compare both versions in the dialog and choose which to keep, or merge them.',
  'error.RECOVERY_NOT_APPLICABLE':
    'The kept edits do not apply to the project as it is now; nothing was changed. Restore a backup instead, or keep the file for reference.',
  ...appEn,
  ...uiEn,
  ...searchEn,
  ...importEn,
  ...notesEn,
  ...settingsEn,
  ...readerEn,
  ...codebookEn,
  ...libraryEn,
  ...exportsEn,
  ...articleEditEn,
};
