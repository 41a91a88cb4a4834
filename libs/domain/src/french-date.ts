const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A calendar date (YYYY-MM-DD) as French prose writes it: « 1er mars 2027 », « 12 avril 2026 ». */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}
