/**
 * The runs of story paragraphs that src/extractors/layout.ts reads down a page, and the best
 * (longest in prose) so far. A run goes on over short sentences and a few paragraphs of
 * anything else (each costing it GAP_COST); a box of links inside it is left out and puts
 * what follows on probation, as a rule (<hr>) does, until the story shows it goes on.
 */
import { splitCount } from '../nlp/white-space';
import { isProse, isSentence, PROMOTION } from './prose';
import { opensLinkBox } from './page-regions';

/** How many non-prose paragraphs may stand inside the story (subheadings, captions, ads). */
const MAX_GAP = 6;
/**
 * What a paragraph that is neither prose nor a sentence costs a run, in characters of prose:
 * a story is dense prose, a list of teasers (title, excerpt, title, excerpt) is not.
 */
const GAP_COST = 80;
/** Paragraphs of story in a row that show the story goes on below a box of links or a rule. */
const TAIL_STREAK = 3;
/** Words from which a one-sentence paragraph counts among them. */
const STREAK_SENTENCE_WORDS = 8;

/** Paragraph indices and the run's score (characters of prose, less its gaps). */
export interface Run {
  first: number;
  last: number;
  score: number;
}

const NO_RUN: Run = { first: -1, last: -1, score: 0 };

export class StoryRuns {
  best: Run = { ...NO_RUN };
  /** Paragraphs of boxes of links (or galleries) inside a run. */
  readonly boxes = new Set<number>();
  private run: Run = { ...NO_RUN };
  private gap = 0;
  private inBox = false;
  /** The run as it stood before a box or a rule, while what follows is on probation. */
  private held: { last: number; score: number } | null = null;
  private streak = 0;
  /** No paragraph but sentences since the run's last prose paragraph. */
  private adjacent = false;

  /**
   * A paragraph with no free text. A stamp or byline between two runs of prose separates
   * them (a cookie notice above "Associated Press November 19, 2019" is not part of the
   * story below it); a page's rule under a story most often closes it (a press release's
   * "About Ascom", a blog's sign-up form).
   */
  claimed(separates: boolean, rule: boolean): void {
    if (this.run.first < 0) return;
    if (separates && ++this.gap > MAX_GAP) this.endRun();
    else if (rule) this.hold();
  }

  /** A paragraph of free text, the `index`th of the document. */
  read(index: number, text: string): void {
    const run = this.run;
    if (run.first >= 0 && opensLinkBox(text)) {
      // The Sun's "Most read in world news" and six teasers, inside the story: left out,
      // up to the next prose, and no gap.
      this.inBox = true;
      this.hold();
    }
    if (this.inBox) {
      if (!isProse(text)) {
        this.adjacent = false;
        this.boxes.add(index);
        return;
      }
      this.inBox = false;
    }
    if (isProse(text)) {
      if (run.first < 0) this.run = { first: index, last: index, score: 0 };
      this.run.last = index;
      this.run.score += text.length;
      this.gap = 0;
      this.adjacent = true;
      this.storyGoesOn(text);
    } else if (run.first >= 0 && isSentence(text)) {
      // A short paragraph of a sentence does not break the run (blogs write one-line
      // paragraphs), nor does it close the gap a menu opened. A tabloid's one-sentence
      // paragraphs show the story going on; a form's "Stay up to date with Ascom." does not.
      run.last = index;
      if (splitCount(text) >= STREAK_SENTENCE_WORDS) this.storyGoesOn(text);
    } else if (run.first >= 0) {
      this.streak = 0;
      this.adjacent = false;
      run.score -= GAP_COST;
      if (++this.gap > MAX_GAP) this.endRun();
    }
    this.compare(index, text);
  }

  /** The run so far, or as it stood before a box or rule while what follows is on probation, against the best. */
  private compare(index: number, text: string): void {
    const run = this.run;
    const confirmed = this.held ? { first: run.first, last: this.held.last, score: this.held.score } : run;
    if (confirmed.score > this.best.score) this.best = { ...confirmed };
    // Short sentences right after the story's last prose paragraph end it ("You can view our
    // June 2018 open thread here."); after a gap they are more often a footer's.
    else if (this.adjacent && !this.held && run.first === this.best.first && run.score === this.best.score && !PROMOTION.test(text)) {
      this.best.last = index;
    }
  }

  private hold(): void {
    this.held ??= { last: this.run.last, score: this.run.score };
    this.streak = 0;
  }

  private storyGoesOn(text: string): void {
    // The publisher's "Subscribe to our newsletter." is no sign that the story goes on.
    if (this.held && !PROMOTION.test(text) && ++this.streak >= TAIL_STREAK) this.held = null;
  }

  private endRun(): void {
    this.run = { ...NO_RUN };
    this.gap = 0;
    this.held = null;
    this.inBox = false;
    this.adjacent = false;
  }
}
