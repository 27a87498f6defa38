// Messages of the codebook area, Chinese (the key source) and English. Keys start with "codebook.".
// Kept apart from the main catalogues so each area's texts live next to each other.

export const codebookZh = {} as const;

export const codebookEn: { readonly [K in keyof typeof codebookZh]: string } = {};
