/**
 * When the byline names no person: the desk or organisation it credits instead ("By Staff
 * Reports -", "By HNN Staff | …", "… / 10:07 AM / CBS News"), into `authorOrganisations`
 * (see ./metadata/desks.ts). Runs after ./webmeta.ts, when every way of finding a person
 * has been tried. Looks at byline and stamp lines, and at "By …" lines before the story.
 */
import { Context, Extractor } from '../pipeline/context';
import { stripped } from './authors';
import { deskInLine } from './metadata/desks';

export const desksExtractor: Extractor = {
  name: 'desks',
  run(ctx: Context): void {
    if (ctx.found.authors.length > 0) return;
    const { doc } = ctx;
    const layout = ctx.layout;
    const story = layout && layout.first >= 0 && layout.first < doc.paragraphs.length ? doc.paragraphs[layout.first].firstLine : doc.lines.length;
    for (const line of doc.lines) {
      if (line.blank) continue;
      const role = ctx.roles[line.index];
      const beforeStory = line.index < story && (role === 'body' || role === 'boilerplate');
      if (!(role === 'byline' || role === 'stamp' || beforeStory)) continue;
      const { text, base } = stripped(ctx, line.index);
      const byLine = beforeStory && /^by:?\s/i.test(text);
      if (!(role === 'byline' || role === 'stamp' || byLine) || text.length > 200) continue;
      const desk = deskInLine(text);
      if (!desk) continue;
      ctx.found.authorOrganisations.push({ name: desk.name, start: base + desk.start, end: base + desk.end });
      if (byLine) ctx.claim(line.index, 'byline');
      return;
    }
  },
};
