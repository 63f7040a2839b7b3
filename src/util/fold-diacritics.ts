/** Vietnamese text without its diacritics, for matching that ignores them: "Nghị định" → "Nghi dinh", "Đ" → "D". */
export const foldDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
