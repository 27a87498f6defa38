// Messages of the shared UI pieces (durations), Chinese (the key source) and English: the English
// object must have exactly the Chinese keys (a missing one fails the typecheck).

export const uiZh = {
  'time.seconds': '{s} 秒',
  'time.minutes': '{m} 分 {s} 秒',
  'time.hours': '{h} 小时 {m} 分',
} as const;

export const uiEn: { readonly [K in keyof typeof uiZh]: string } = {
  'time.seconds': '{s} s',
  'time.minutes': '{m} min {s} s',
  'time.hours': '{h} h {m} min',
};
