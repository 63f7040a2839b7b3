/** ISO date (YYYY-MM-DD) → dd/mm/yyyy in Vietnamese (administrative style), YYYY-MM-DD in English; a month (YYYY-MM) → mm/yyyy in Vietnamese. */
export function formatDate(value: unknown, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined || value === '') return '';
  const s = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) {
    const month = /^(\d{4})-(\d{2})$/.exec(s);
    return month && lang === 'vi' ? `${month[2]}/${month[1]}` : s;
  }
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}
