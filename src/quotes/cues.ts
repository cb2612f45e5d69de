/** Speech cues: verbs and phrases that attribute a quotation to a speaker. */

const VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding',
  'stated', 'states', 'stating', 'explained', 'explains', 'explaining', 'asked', 'asks',
  'wrote', 'writes', 'writing', 'noted', 'notes', 'noting', 'insisted', 'insists', 'argued',
  'argues', 'arguing', 'warned', 'warns', 'warning', 'declared', 'declares', 'announced',
  'announces', 'replied', 'replies', 'replying', 'claimed', 'claims', 'claiming', 'commented',
  'comments', 'continued', 'continues', 'remarked', 'recalled', 'recalls', 'acknowledged',
  'admitted', 'admits', 'suggested', 'suggests', 'urged', 'urges', 'tweeted', 'posted',
  'responded', 'responds', 'cautioned', 'concluded', 'predicted', 'promised', 'vowed',
  'pledged', 'complained', 'conceded', 'confirmed', 'contended', 'emphasised', 'emphasized',
  'observed', 'pointed out', 'quipped', 'reiterated', 'revealed', 'stressed', 'testified',
  'thundered', 'joked', 'shouted', 'whispered', 'maintained', 'mused', 'countered',
  'described', 'calling', 'called', 'boasted', 'boasts', 'asking', 'tweeting', 'chanted',
  'chanting', 'sang', 'sings', 'singing', 'yelled', 'yells', 'yelling', 'shouting', 'wondered',
  'declaring', 'demanded', 'demands', 'pleaded', 'retorted', 'scoffed', 'snapped', 'lamented',
  'laments', 'exclaimed', 'proclaimed', 'asserted', 'asserts', 'fumed', 'reasoned', 'answered',
  'answers', 'interjected', 'bragged', 'mocked', 'recounted', 'texted', 'emailed', 'chided',
  'scolded', 'screamed', 'remarks', 'wonders', 'shot back', 'hit back',
];

/** Auxiliaries and adverbs that may stand between speaker and verb ("had said", "also told"). */
const AUX = '(?:(?:has|had|have|would|will|was|is|also|then|later|further|again|once|previously|recently|earlier|had also|has also)\\s+)*';

/**
 * A medium passing words on: "the Times reported", "the FT reports:". Not a passive ("was
 * widely reported", "Inter are reported to"), nor "reported by", "reported missing", nor the
 * noun ("reports of job cuts", "the media reports were"): "reports" only ends its clause.
 */
const REPORTED =
  '(?<!\\b(?:is|are|was|were|be|been|being|widely|as|has|have|had|would|will|could|should|might|may)\\s+)(?:reported(?!\\s+(?:to|by|missing|dead|killed|injured|wounded)\\b)|reports(?=\\s*[:.,]))';

/** A cue: group 1 is the whole cue, and `according to` is marked by its own text. */
export const CUE = new RegExp(`\\b(${AUX}(?:${VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})|according\\s+to|${REPORTED})\\b`, 'gi');

/** Is this cue a medium's "reported", which gives way to a speaker's own cue in the sentence? */
export function isReportedCue(cueText: string): boolean {
  return /^report/i.test(cueText);
}

/** A cue, or a verb of belief that introduces someone's view ("Wines believes"), at the start of a string. */
export const CUE_AT_START = new RegExp(`^\\s*(?:${CUE.source}|(?:believes|thinks|agreed|agrees)\\b)`, 'i');

export interface CueMatch {
  start: number;
  end: number;
  text: string;
  /** "according to X": the speaker follows the cue. */
  speakerAfter: boolean;
}

/** Cues in `text` (a window of the input starting at offset `base`). */
export function findCues(text: string, base: number): CueMatch[] {
  const found: CueMatch[] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text)) !== null) {
    found.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      speakerAfter: /^according/i.test(m[0]),
    });
  }
  return found;
}
