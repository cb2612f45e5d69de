/**
 * The character encoding an HTML page declares: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, read with htmlparser2
 * from the start of the page (decoded as latin1, which keeps ASCII markup intact whatever
 * the real encoding). The first declaration wins, as in a browser's prescan.
 */
import { Parser } from 'htmlparser2';

/** How much of the page is searched for the declaration. */
const PRESCAN = 64 * 1024;

/** The declared charset label, lower case and trimmed ("windows-1251", "shift_jis"), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN)).toString('latin1');
  const declared: { label: string | null } = { label: null };
  const parser = new Parser(
    {
      onopentag(name: string, attribs: Record<string, string>): void {
        if (declared.label !== null || name !== 'meta') return;
        if (attribs.charset) declared.label = attribs.charset;
        else if ((attribs['http-equiv'] ?? '').toLowerCase() === 'content-type') {
          const m = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attribs.content ?? '');
          if (m) declared.label = m[1];
        }
        if (declared.label !== null) parser.pause();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(head);
  return declared.label?.trim().toLowerCase() || null;
}
