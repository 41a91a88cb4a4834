/** Tab, line feed and carriage return: the only control characters a multi-line text may hold. */
const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d]);

/** C0 controls (NUL included), DEL and C1 controls: nobody types them, PostgreSQL cannot even store NUL. */
function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * The code point of the first control character of a text, or null. Multi-line texts (`allowLineBreaks`) may
 * hold tabs and line breaks; single-line ones (names, titles, codes, filters) may not.
 */
export function firstControlCharacter(text: string, { allowLineBreaks }: { allowLineBreaks: boolean }): number | null {
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.charCodeAt(index);
    if (isControl(codePoint) && !(allowLineBreaks && LINE_BREAKS.has(codePoint))) return codePoint;
  }
  return null;
}
