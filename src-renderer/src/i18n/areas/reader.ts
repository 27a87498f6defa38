// Messages of the reader area, Chinese (the key source) and English. Keys start with "reader.".
// Kept apart from the main catalogues so each area's texts live next to each other.

export const readerZh = {} as const;

export const readerEn: { readonly [K in keyof typeof readerZh]: string } = {};
