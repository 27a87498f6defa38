// Messages of notes (the article note panel), Chinese (the key source) and English: the English
// object must have exactly the Chinese keys (a missing one fails the typecheck).

export const notesZh = {
  'notes.title': '笔记',
  'notes.placeholder': '记录这篇文献的要点、疑问与线索……',
  'notes.saving': '保存中…',
  'notes.saved': '已保存',
  'notes.failed': '保存失败',
  'notes.retry': '重试',
  'notes.noArticle': '选择一篇文献后，可以在这里写笔记。笔记会自动保存。',
  'notes.autosave': '自动保存',
  'sharing.conflict.title': '这条笔记在别处被修改了',
  'sharing.conflict.intro':
    '你编辑时，另一个窗口或标签页保存了这条笔记的新版本，所以你的文字没有保存，以免覆盖对方。两个版本都在下面，请选择保留哪一个，或合并两者。',
  'sharing.conflict.memoTitle': '这条备忘录在别处被修改了',
  'sharing.conflict.yours': '你的版本（尚未保存）',
  'sharing.conflict.theirs': '另一处保存的版本',
  'sharing.conflict.theirsDeleted': '（另一处已删除这条笔记）',
  'sharing.conflict.keepMine': '保留我的',
  'sharing.conflict.takeTheirs': '采用对方的',
  'sharing.conflict.merge': '合并两者',
  'sharing.conflict.copyMine': '复制我的文字',
  'sharing.conflict.copied': '你的文字已复制到剪贴板',
  'sharing.conflict.mergeMarker': '—— 以下为另一处保存的版本 ——',
  'sharing.memoRemoved': '你打开的备忘录已被删除（撤销，或在另一个窗口中）。',
} as const;

export const notesEn: { readonly [K in keyof typeof notesZh]: string } = {
  'notes.title': 'Notes',
  'notes.placeholder': 'Key points, questions and leads from this article…',
  'notes.saving': 'Saving…',
  'notes.saved': 'Saved',
  'notes.failed': 'Not saved',
  'notes.retry': 'Retry',
  'notes.noArticle': 'Choose an article to write a note about it. Notes are saved automatically.',
  'notes.autosave': 'Saved automatically',
  'sharing.conflict.title': 'This note was changed elsewhere',
  'sharing.conflict.intro':
    'While you were editing, another window or tab saved a newer version of this note, so your text was not saved, to avoid overwriting theirs. Both versions are below: keep one, or merge them.',
  'sharing.conflict.memoTitle': 'This memo was changed elsewhere',
  'sharing.conflict.yours': 'Your version (not saved yet)',
  'sharing.conflict.theirs': 'The version saved elsewhere',
  'sharing.conflict.theirsDeleted': '(the note was deleted elsewhere)',
  'sharing.conflict.keepMine': 'Keep mine',
  'sharing.conflict.takeTheirs': 'Take theirs',
  'sharing.conflict.merge': 'Merge both',
  'sharing.conflict.copyMine': 'Copy my text',
  'sharing.conflict.copied': 'Your text was copied to the clipboard',
  'sharing.conflict.mergeMarker': '—— Below: the version saved elsewhere ——',
  'sharing.memoRemoved': 'The memo you had open was deleted (by undo, or in another window).',
};
