/**
 * Reading CoNLL-2003-format files: one token per line (token first, NER tag last), blank
 * lines between sentences, `-DOCSTART-` lines between documents.
 */

export interface ConllSentence {
  tokens: string[];
  /** Gold tags as written (last column), or empty strings if the file has none. */
  tags: string[];
  /** The original token lines, for writing predictions back. */
  lines: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parse CoNLL text into documents. A file with no -DOCSTART- is one document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { tokens: [], tags: [], lines: [] };
  const flushSentence = (): void => {
    if (sent.tokens.length > 0) doc.sentences.push(sent);
    sent = { tokens: [], tags: [], lines: [] };
  };
  const flushDoc = (): void => {
    flushSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    sent.tokens.push(cols[0]);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : '');
    sent.lines.push(line);
  }
  flushDoc();
  return docs;
}

/** Write documents back in CoNLL format, appending `predicted[d][s][t]` to each token line. */
export function formatConll(docs: readonly ConllDocument[], predicted: string[][][]): string {
  const out: string[] = [];
  docs.forEach((doc, d) => {
    out.push('-DOCSTART- -X- O O', '');
    doc.sentences.forEach((s, si) => {
      s.lines.forEach((line, t) => out.push(`${line} ${predicted[d][si][t]}`));
      out.push('');
    });
  });
  return out.join('\n');
}
