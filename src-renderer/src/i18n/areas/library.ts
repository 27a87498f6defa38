// Messages of the library area, Chinese (the key source) and English. Keys start with "library.".
// Kept apart from the main catalogues so each area's texts live next to each other.

export const libraryZh = {} as const;

export const libraryEn: { readonly [K in keyof typeof libraryZh]: string } = {};
