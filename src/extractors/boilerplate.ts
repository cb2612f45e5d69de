/**
 * Boilerplate: lines that are page furniture, not article text. Adverts, image credits,
 * wire sign-offs, navigation bullets, form fields and rules are claimed here so no later
 * extractor mistakes them for headline or body. Image credits are also reported as credits.
 */
import { Line } from '../document/lines';
import { Context, Extractor } from '../pipeline/context';

const ADVERT = /^(?:advertisement|advertisements|advertising|sponsored(?: content)?|story continues below(?: this)? advertisement|continue reading(?: below)?|skip (?:this )?ad(?:vertisement)?)$/i;

/** "IMAGE: AP | Image:self", "Photo: Reuters", "Image credit: Getty Images", "(Image: AP)". */
const CREDIT = /^\(?\s*(?:image|images|photo|photos|photograph|picture|pic|credit|image credit|photo credit|image source|source|file photo)\s*:\s*([^|()\s](?:[^|()]*[^|()\s])?)\s*(?:\|.*)?\)?$/i;

/** A caption's trailing credit: "... Madrid, Spain. (Manu Fernandez/AP)". */
const CAPTION_CREDIT = /\(([A-Z][\w.' -]*\/\s*(?:AP|AFP|Reuters|Getty Images|EPA|PTI|ANI|IANS|Bloomberg|[A-Z][\w ]+))\)$/;

/** A photo credit on its own line: "Patrick Semansky, ASSOCIATED PRESS", "Jane Doe/Getty Images". */
const CREDIT_LINE = /^([A-Z][\p{L}.'’ -]{2,60}(?:,\s*|\s*\/\s*)(?:ASSOCIATED PRESS|Associated Press|AP Photo|AP|AFP|AFP via Getty Images|Getty Images|REUTERS|Reuters|EPA|EPA-EFE|Shutterstock|Bloomberg))$/u;

/**
 * A picture agency's name alone on a line, under the picture it credits: "Getty Images",
 * "Getty/Instagram", "AFP via Getty Images" (a full stop may follow, as PolNeAR adds one). Not a
 * news agency alone ("AP", "Reuters"): that closes wire copy (SIGNOFF).
 */
const AGENCY_CREDIT = /^((?:Getty(?: Images)?|Shutterstock|EPA(?:-EFE)?|AFP via Getty Images|(?:AP|AFP|Reuters) Photo)(?:\/[A-Z][A-Za-z]+)?|[A-Z][A-Za-z]+\/Getty(?: Images)?)\.?$/;

/**
 * A caption with its picture's credit run on, as The Sun's pages print it: "… sought
 * treatmentCredit: EPA". Group 1 is the caption, group 2 the credit.
 */
const GLUED_CREDIT = /^(\S.{9,400}?[\p{Ll}\d.)!?'’”])Credit:\s*(\S.{0,80})$/u;
/** A gallery's picture count alone on a line ("6"), between a caption and its credited copy. */
const PICTURE_COUNT = /^\d{1,3}$/;

/** A photo caption: "FILE - In this Monday, Oct. 28, 2019, file photo, ..." or ending "(AP Photo/Alan Diaz, File)". */
const CAPTION = /^(?:FILE\s*[-–—]\s|\(?(?:AP|Reuters|AFP) Photo\b)|\((?:AP|AFP|Reuters) Photo\/[^()]*\)$/;

const SIGNOFF = /^(?:reuter|reuters|ap|afp)$/i;

/** Only symbols, bullets, box-drawing rules, form fields or bracketed alt text. */
const FURNITURE = /^(?:[\s\p{P}\p{S}•□☆●■▪◦━─═|]+|\[[^\]]*\](?:\s*\[[^\]]*\])*|[•□☆●■▪◦]\s*.{0,40})$/u;

/** Cookie and consent notices, and skip links, that open most web pages. */
const CONSENT = /^(?=.{0,700}$)(?=.*\bcookies?\b)(?=.*\b(?:consent|accept|agree|preferences|privacy|personali[sz]|use of|uses)\b)(?=.*\b(?:you|your|we use|this (?:site|website)|our (?:site|website|service|services))\b)/i;
const SKIP_LINK = /^(?:\*\s*)?(?:skip|jump)\s+(?:to|directly to)\s+(?:the\s+)?(?:main\s+)?(?:content|article|navigation|search|footer)\b/i;

/** Short share/navigation words that appear alone on a line. */
const UI_WORDS = /^(?:share|shares|share this(?: article)?|tweet|email|print|comments?|close|menu|search|sign in|sign up|log in|login|subscribe|follow us|related|read more|more|next|previous|home|top stories|trending|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|\[info\])$/i;

/** Share buttons and photo-gallery controls: "Share on Facebook", "1 / 8", "Back to Gallery" (and SLIDE_COUNTER). */
const GALLERY_AND_SHARE = /^(?:(?:share|post) (?:on|to|via) (?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email)|tweet on twitter|caption|back to gallery|view gallery|\d{1,3} of \d{1,3}|\d{1,3} {0,3}\/ {0,3}\d{1,3})$/i;

/** A gallery's counter above a slide: "Image 2 of 5", "Image 1 of / 23". */
const SLIDE_COUNTER = /^(?:image|photo|picture|slide)s? \d{1,3} of \/? ?\d{1,3}$/i;

/**
 * A link to another story set in the text: "Related: The 15 Weirdest Galaxies in Our Universe",
 * "READ MORE: …". A title, so it does not end as a sentence does.
 */
const LINK_LINE = /^(?:related(?: (?:article|story|link|content|coverage|video))?|read more|read also|also read|see also|more on this(?: story| topic)?|watch|listen|recommended)\s*:\s*\S.{0,200}[^.!:;,\s]$/i;

/** A page's labels under a story: "Tags: ads, awareness, meth", "Filed under: …", "Wordcount: 717". */
const LABEL_LINE = /^(?:tags?|topics|keywords|filed under|categories|word ?count)\s*:\s*\S.{0,300}$/i;

/** Several bulleted or numbered links on one line ("• Video shows …   • Man arrested …", "1. St. Paul police chief …  2. The Dakota …"): a teaser box. */
const BULLET_ROW = /^(?:[•·]\s[^•·]{1,300}\s{2}[•·]\s|1\.\s\S[^\n]{0,300}?\s{2}2\.\s)/;

/** Is the previous non-blank line a photo caption (claimed as one, or a long description)? */
function followsCaption(ctx: Context, line: Line): boolean {
  for (let i = line.index - 1; i >= 0 && i >= line.index - 3; i--) {
    const prev = ctx.doc.lines[i];
    if (prev.blank) continue;
    return ctx.roles[i] === 'caption' || prev.contentEnd - prev.contentStart >= 80;
  }
  return false;
}

/**
 * Above a caption with its credit run on: the same caption without it, and the picture count
 * between ("… sought treatment" / "6" / "… sought treatmentCredit: EPA").
 */
function claimCaptionAbove(ctx: Context, line: Line, caption: string): void {
  let seen = 0;
  for (let i = line.index - 1; i >= 0 && seen < 2; i--) {
    const prev = ctx.doc.lines[i];
    if (prev.blank) continue;
    seen++;
    const text = ctx.doc.lineText(prev);
    if (PICTURE_COUNT.test(text)) ctx.claim(i, 'boilerplate');
    else if (text === caption) ctx.claim(i, 'caption');
    else return;
  }
}

function claimCredits(ctx: Context, line: Line, text: string): boolean {
  const credit = CREDIT.exec(text);
  if (credit) {
    const name = credit[1].trim();
    const nameStart = line.contentStart + text.indexOf(name, text.indexOf(':') + 1);
    ctx.claim(line.index, 'credit');
    ctx.found.credits.push({ name, raw: text, start: nameStart, end: nameStart + name.length });
    return true;
  }
  const glued = GLUED_CREDIT.exec(text);
  if (glued) {
    const name = glued[2].trim();
    const nameStart = line.contentStart + glued[1].length + text.slice(glued[1].length).indexOf(name);
    ctx.claim(line.index, 'credit');
    ctx.found.credits.push({ name, raw: text, start: nameStart, end: nameStart + name.length });
    claimCaptionAbove(ctx, line, glued[1]);
    return true;
  }
  const agency = AGENCY_CREDIT.exec(text);
  if (agency) {
    ctx.claim(line.index, 'credit');
    ctx.found.credits.push({ name: agency[1], raw: text, start: line.contentStart, end: line.contentStart + agency[1].length });
    return true;
  }
  const creditLine = CREDIT_LINE.exec(text);
  // "Name, Associated Press" is also how AP bylines read: a credit only under a caption.
  if (creditLine && followsCaption(ctx, line)) {
    ctx.claim(line.index, 'credit');
    ctx.found.credits.push({ name: creditLine[1], raw: text, start: line.contentStart, end: line.contentEnd });
    return true;
  }
  if (CAPTION.test(text)) {
    ctx.claim(line.index, 'caption');
    return true;
  }
  const caption = CAPTION_CREDIT.exec(text);
  if (caption && text.length < 400) {
    const nameStart = line.contentStart + caption.index + 1;
    ctx.claim(line.index, 'credit');
    ctx.found.credits.push({ name: caption[1], raw: text, start: nameStart, end: nameStart + caption[1].length });
    return true;
  }
  return false;
}

/** A gallery caption with its toggle, as w3m prints it: "… Tuesday, Nov. 19, 2019. less", "… concept vehicle at ... more". */
const CAPTION_TOGGLE = /(?:[.!?”"]\s+less|(?:\.\.\.|…)\s*more)$/;

/** Shorter lines may repeat for other reasons (a refrain, a table row, wire copy sent twice: its lines wrap at 70). */
const MIN_REPEATED_CAPTION = 100;

/** A caption printed twice beside a picture's credit or a gallery's counter may be short. */
const MIN_FRAMED_CAPTION = 30;


/**
 * A photo caption printed twice, as galleries do (the slide and its enlarged view, maybe
 * behind a bullet): both copies are captions when they stand line after line, or apart by
 * blank lines only between a gallery counter or credit ("Image 2 of 5", caption, caption,
 * "(Image credit: Blue Origin)"). And a caption with its "less" or "more" toggle. A story does
 * not print a paragraph twice without a break; a page that shows a whole story twice, or a
 * test that repeats a paragraph, puts a blank line between and no picture around.
 */
function claimRepeatedCaptions(ctx: Context): void {
  const lines = ctx.doc.lines.filter((l) => !l.blank);
  const textOf = (i: number): string => ctx.doc.lineText(lines[i]).replace(/^[•·]\s*/, '');
  const counter = (i: number): boolean => i >= 0 && SLIDE_COUNTER.test(ctx.doc.lineText(lines[i]));
  const credit = (i: number): boolean => i < lines.length && ctx.roles[lines[i].index] === 'credit';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const text = textOf(i);
    if (!ctx.isFree(line.index)) continue;
    if (text.length >= MIN_FRAMED_CAPTION && text === textOf(i - 1)) {
      const adjacent = line.index === lines[i - 1].index + 1;
      if ((adjacent && text.length >= MIN_REPEATED_CAPTION) || counter(i - 2) || credit(i + 1)) {
        ctx.claim(lines[i - 1].index, 'caption');
        ctx.claim(line.index, 'caption');
        continue;
      }
    }
    if (text.length >= MIN_REPEATED_CAPTION && CAPTION_TOGGLE.test(text)) ctx.claim(line.index, 'caption');
  }
}

/** An item of a numbered list of links: "1. St. Paul police chief sought state funding …", a title. */
const NUMBERED_TITLE = /^\d{1,2}\.\s+\S.{9,200}[^.!?:;,]$/;
/** Items in a row from which such a list is a box of links ("Most Popular"), not the story's own list. */
const MIN_NUMBERED_TITLES = 3;

/** Numbered titles line after line, 1, 2, 3 …: a "Most popular" list of links. */
function claimNumberedLinks(ctx: Context): void {
  const lines = ctx.doc.lines;
  const numbered = (text: string, n: number): boolean => text.startsWith(`${n}.`) && NUMBERED_TITLE.test(text);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && !lines[j].blank && numbered(ctx.doc.lineText(lines[j]), j - i + 1)) j++;
    if (j - i >= MIN_NUMBERED_TITLES) for (let k = i; k < j; k++) if (ctx.isFree(k)) ctx.claim(k, 'boilerplate');
    i = Math.max(j, i + 1);
  }
}

function claimSignoff(ctx: Context): void {
  const lines = ctx.doc.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].blank) continue;
    const text = ctx.doc.lineText(lines[i]);
    if (SIGNOFF.test(text)) {
      ctx.claim(i, 'signoff');
      const upper = text.toUpperCase();
      const name = upper.startsWith('REUTER') ? 'Reuters' : upper;
      ctx.found.agencies.push({ name, start: lines[i].contentStart, end: lines[i].contentEnd });
    }
    return;
  }
}

export const boilerplateExtractor: Extractor = {
  name: 'boilerplate',
  run(ctx: Context): void {
    for (const line of ctx.doc.lines) {
      if (line.blank) continue;
      const text = ctx.doc.lineText(line);
      if (ADVERT.test(text)) ctx.claim(line.index, 'advert');
      else if (claimCredits(ctx, line, text)) continue;
      else if (
        FURNITURE.test(text) || UI_WORDS.test(text) || GALLERY_AND_SHARE.test(text) || SLIDE_COUNTER.test(text) || LINK_LINE.test(text) ||
        LABEL_LINE.test(text) || BULLET_ROW.test(text) || CONSENT.test(text) || SKIP_LINK.test(text)
      ) {
        ctx.claim(line.index, 'boilerplate');
      }
    }
    claimRepeatedCaptions(ctx);
    claimNumberedLinks(ctx);
    claimSignoff(ctx);
  },
};
