// Messages of the exports area, Chinese (the key source) and English. Keys start with "exports.".
// Kept apart from the main catalogues so each area's texts live next to each other.

export const exportsZh = {
} as const;

export const exportsEn: { readonly [K in keyof typeof exportsZh]: string } = {
};
