/**
 * `text` wrapped at `width` columns the way `fold -s` or an e-mail client wraps it: a space
 * becomes a line break where the line would run past the width. The length and so every
 * offset stay the same, so gold spans of the text hold in the wrapped text too.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line];
      let start = 0;
      let lastSpace = -1;
      for (let i = 0; i < chars.length; i++) {
        if (chars[i] === ' ') lastSpace = i;
        if (i - start >= width && lastSpace > start) {
          chars[lastSpace] = '\n';
          start = lastSpace + 1;
          lastSpace = -1;
        }
      }
      return chars.join('');
    })
    .join('\n');
}
