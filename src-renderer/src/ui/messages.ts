// Messages of the shared UI pieces (durations, the words for missing metadata), Chinese (the key source) and English: the English
// object must have exactly the Chinese keys (a missing one fails the typecheck).

export const uiZh = {
  'time.seconds': '{s} 秒',
  'time.minutes': '{m} 分 {s} 秒',
  'time.hours': '{h} 小时 {m} 分',
  // What a missing field reads as, the same in the reader, the library, search results and the
  // export dialog (ui/format.ts: missingText). The year-less date matches the exports' wording.
  'missing.source': '来源不详',
  'missing.date': '无日期',
  'missing.author': '作者不详',
  'missing.docNumber': '无文号',
  'missing.year': '{month}月{day}日（未注明年份）',
} as const;

export const uiEn: { readonly [K in keyof typeof uiZh]: string } = {
  'time.seconds': '{s} s',
  'time.minutes': '{m} min {s} s',
  'time.hours': '{h} h {m} min',
  'missing.source': 'Unknown source',
  'missing.date': 'No date',
  'missing.author': 'Unknown author',
  'missing.docNumber': 'No document number',
  'missing.year': '{month}/{day} (year not given)',
};
