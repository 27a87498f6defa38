// The Simplified Chinese catalogue: the source of truth for message keys. `en.ts` must provide
// exactly these keys (a missing or extra key is a type error). `{name}` marks an interpolation.
// Error-code messages live here; every other message lives with the code that shows it, in its
// folder's messages.ts (app/, ui/, features/<feature>/), composed below with one spread each.
import type { ErrorCode } from '../../../src-main/common/api/errors';
import { appZh } from '../app/messages';
import { articleEditZh } from '../features/article-edit/messages';
import { codebookZh } from '../features/codebook/messages';
import { exportsZh } from '../features/export/messages';
import { importZh } from '../features/import/messages';
import { libraryZh } from '../features/library/messages';
import { notesZh } from '../features/notes/messages';
import { readerZh } from '../features/reader/messages';
import { searchZh } from '../features/search/messages';
import { settingsZh } from '../features/settings/messages';
import { uiZh } from '../ui/messages';

const errorMessages = {
  'error.INVALID_ARGUMENT': '请求的内容不符合要求（例如路径为空或过长）。请检查输入后重试。',
  'error.NO_PROJECT_OPEN': '还没有打开项目。请先新建或打开一个项目。',
  'error.PROJECT_NOT_FOUND': '找不到这个项目文件。请检查路径是否正确，或者文件是否已被移动、删除。',
  'error.PROJECT_ALREADY_EXISTS': '这个位置已经有同名文件。请换一个文件名，或者直接打开已有的项目。',
  'error.PROJECT_NOT_A_PROJECT': '这个文件不是智研项目。请选择以 .zhiyan 结尾的项目文件。',
  'error.PROJECT_DAMAGED': '项目文件已损坏，无法打开。可以从最近的备份恢复，损坏的文件会另外保留一份。',
  'error.PROJECT_NEWER_THAN_APP':
    '这个项目由更新版本的智研创建，当前版本无法安全打开。请先把智研更新到最新版本。',
  'error.PROJECT_LOCKED': '这个项目正被另一个智研窗口或程序使用。请先在那里关闭它，然后重试。',
  'error.PROJECT_WRITE_FAILED':
    '无法写入项目文件，刚才的修改没有保存。请检查磁盘空间和文件夹的写入权限后重试。',
  'error.BACKUP_NOT_FOUND': '找不到这个备份文件，它可能已被移动或删除。请选择另一个备份。',
  'error.ARTICLE_NOT_FOUND': '找不到这篇文献，它可能已被删除。文献列表已刷新。',
  'error.IMPORT_IN_PROGRESS': '已有一个导入正在进行。请等它完成或取消后，再开始新的导入。',
  'error.IMPORT_PATH_NOT_FOUND': '找不到要导入的文件夹或文件。请检查路径是否正确。',
  'error.CODE_NOT_FOUND': '找不到这个编码，它可能已被删除或合并。编码本已刷新。',
  'error.CODE_NAME_TAKEN': '同一层级下已经有同名的编码。请换一个名称。',
  'error.CODE_MOVE_INVALID': '不能把编码移到它自己或它的下级编码之下。请选择其他位置。',
  'error.HIGHLIGHT_NOT_FOUND': '找不到这条高亮，它可能已被删除。文献的标注已刷新。',
  'error.HIGHLIGHT_RANGE_INVALID': '所选的文字范围不在这篇文献的正文之内。请重新选择要标注的文字。',
  'error.MEMO_NOT_FOUND': '找不到这条备忘录，它可能已被删除。备忘录列表已刷新。',
  'error.NOTHING_TO_UNDO': '没有可以撤销或重做的操作。所有修改都已保存。',
  'error.EXPORT_WRITE_FAILED':
    '无法写入导出文件。请检查目标文件夹是否存在、是否有写入权限、磁盘空间是否足够。',
  'error.PDF_UNAVAILABLE': '无法生成 PDF：找不到可用于打印的浏览器组件。可以先导出 HTML 或 Word 文档。',
  'error.PDF_PRINT_FAILED':
    'PDF 打印失败：浏览器组件没有完成打印，没有写入文件。可以缩小导出范围（例如按标签或编码）后重试，或先导出 Word / HTML。',
  'error.EXPORT_CANCELLED': '导出已取消，没有写入文件。需要时可以再次导出，或缩小导出范围以更快完成。',
  'error.CODEBOOK_INVALID':
    '这个文件不是有效的 REFI-QDA 编码本，未导入任何编码。请选择由 QDA 软件导出的 .qdc 编码本或 .qdpx 项目。',
  'error.ENGINE_UNAVAILABLE': '无法连接智研的后台引擎。请确认智研仍在运行，然后刷新页面或重新启动智研。',
  'error.UNAUTHORIZED': '访问被拒绝：缺少访问令牌或令牌不正确。请用智研启动时显示的完整链接重新打开。',
  'error.INTERNAL_ERROR':
    '智研遇到了内部错误，操作没有完成。请重试；如果反复出现，请记下操作步骤并反馈给我们。',
  'error.UNDO_CONFLICT':
    '无法撤销这一步：之后另一个窗口或标签页改动了同样的内容，撤销会覆盖那里的修改。这一步已从你的撤销记录中移除，其他修改都已保存。',
  'error.NOTE_CONFLICT':
    '没有保存：另一个窗口或标签页刚刚修改了这条笔记。请在弹出的对话框中比较两个版本，选择保留哪一个或合并。',
  'error.RECOVERY_NOT_APPLICABLE':
    '另存的修改无法应用到项目的当前内容上，项目没有任何改动。请从备份恢复，或保留该文件以备查看。',
} as const satisfies Record<`error.${ErrorCode}`, string>;

export const zhCN = {
  ...errorMessages,
  ...appZh,
  ...uiZh,
  ...searchZh,
  ...importZh,
  ...notesZh,
  ...settingsZh,
  ...readerZh,
  ...codebookZh,
  ...libraryZh,
  ...exportsZh,
  ...articleEditZh,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Catalogue = { readonly [K in MessageKey]: string };
