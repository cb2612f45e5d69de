/**
 * Lines that open a region of a web page that is not the story: a box of links to other
 * stories ("Most read in world news", "More from UK", "Trending Now", "Story continues below
 * gallery"), which pages also set in the middle of a story, and the readers' comments under it.
 */

/**
 * The heading of a box of links or a gallery. What follows it, up to the next paragraph of
 * prose, is the box's (teaser titles, kickers, captions, counters).
 */
const BOX_HEADING = new RegExp(
  '^(?:' +
    [
      'trending(?: (?:now|news|stories|topics|videos?|articles))?',
      "most (?:read|popular|viewed|shared|watched|commented)(?: (?:stories|articles|news|videos?|today|now|in [\\p{L}' -]{1,30}))?",
      'more (?:stories|news|articles|videos?|headlines)',
      'more on this (?:story|topic|subject)|see also|further reading',
      'related (?:stories|articles|posts|coverage|content|news|links|topics|videos?|reading)',
      'recommended(?: (?:for you|stories|articles|reading|videos?))?',
      'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
      'story continues below(?: (?:the )?(?:gallery|video|photos?|slideshow))',
      'top stories(?: in [\\p{L} -]{1,30})?',
      'latest (?:news|stories|headlines|videos?)',
      'read next|what to read next|up next|don\'?t miss',
      'popular (?:now|stories|articles|videos?)',
      "editor'?s picks?",
      '(?:sponsored|promoted|partner) (?:stories|content|links)',
      '(?:around|from) the web',
      // Portuguese, German, Italian, Russian, Indonesian.
      'voc[eê] (?:tamb[eé]m )?pode gostar|leia tamb[eé]m|veja tamb[eé]m|mais lidas',
      'weitere (?:beitr[aä]ge|artikel)(?: zum thema)?|mehr zum thema|lesen sie auch|meistgelesen',
      'leggi anche|potrebbe interessarti|i pi[uù] letti',
      'читайте также|(?:материалы|новости|статьи) по теме|по теме|самое читаемое',
      'baca juga|artikel terkait|terpopuler',
    ].join('|') +
    ')\\s*(?:[.…:]{1,3})?$',
  'iu',
);

/** "More from UK", "More in Minnesota Wild", "MORE FROM CNN": a name follows, not "the minister". */
const MORE_FROM = /^(?:More|MORE) (?:from|in|on|about|From|In|On|About|FROM|IN|ON|ABOUT) [\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{0,40}$/u;

/** Is this paragraph the heading of a box of links to other stories, or of a gallery? */
export function opensLinkBox(text: string): boolean {
  return text.length <= 60 && (BOX_HEADING.test(text) || MORE_FROM.test(text));
}

/**
 * A reader's comment, as blogs head one: "Milan Griffes on September 12, 2018 at 4:47 pm said:".
 * The date with its year is what tells it from a story's "The minister said:".
 */
const COMMENT_HEADER = /^(?:[•·*]\s*)?\S[^\n]{0,60}? on [^\n]{0,30}?\b(?:19|20)\d\d\b[^\n]{0,25}? (?:said|says|wrote|writes):?$/i;

/**
 * What opens a comment section: "As you comment, please be respectful …", "Comments are
 * closed.", "12 Comments", "3 Responses to “…”" (a count alone: "300 responses were received"
 * is a story's sentence).
 */
const COMMENTS_OPENER = /^(?:as you comment\b|comments are (?:closed|moderated|subject to)\b|join the (?:conversation|discussion)\b|leave a (?:comment|reply)\b|\d{1,5} (?:comments?|responses?|replies|thoughts)(?: (?:to|on) [^\n]{1,120})?$|(?:view|show) comments\b|blog comments powered by\b)/i;

/** Is this paragraph the head of a reader's comment, or of the comment section (the story is over)? */
export function headsComment(text: string): boolean {
  return (text.length <= 140 && COMMENT_HEADER.test(text)) || COMMENTS_OPENER.test(text);
}
