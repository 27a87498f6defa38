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
};
