/**
 * The order extractors run in, declared in this one place. Each may use what the earlier
 * ones found: stamps and bylines are claimed before the headline is looked for; the body
 * is cut before entities are recognised; quotes resolve speakers against the entities.
 */
import { Extractor } from './context';
import { archiveExportExtractor } from '../extractors/archive-export';
import { boilerplateExtractor } from '../extractors/boilerplate';
import { datesExtractor } from '../extractors/dates';
import { authorsExtractor } from '../extractors/authors';
import { headlineExtractor } from '../extractors/headline';
import { webMetaExtractor } from '../extractors/webmeta';
import { lateDatesExtractor } from '../extractors/late-dates';
import { desksExtractor } from '../extractors/desks';
import { wireCreditsExtractor } from '../extractors/wire-credits';
import { datelineExtractor } from '../extractors/dateline';
import { sectionsExtractor } from '../extractors/sections';
import { entitiesExtractor } from '../extractors/entities';
import { quotesExtractor } from '../extractors/quotes';

export const EXTRACTORS: readonly Extractor[] = [
  // First: an archive export's labelled lines (LOAD-DATE, LENGTH, BYLINE, …) are no story text.
  archiveExportExtractor,
  boilerplateExtractor,
  datesExtractor,
  authorsExtractor,
  headlineExtractor,
  // Needs the headline: byline and stamp in the lines under it (web pages).
  webMetaExtractor,
  // Needs the headline too: relative stamps around it; published from updated.
  lateDatesExtractor,
  // The credits closing wire copy: reporters when no byline named them.
  wireCreditsExtractor,
  // Last of the byline steps: a desk only when no person was found.
  desksExtractor,
  datelineExtractor,
  sectionsExtractor,
  entitiesExtractor,
  quotesExtractor,
];
