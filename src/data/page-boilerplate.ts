/**
 * The furniture of news pages in any language, as general vocabulary: lines that are page
 * chrome wherever they stand in an article's container (ad labels, widget headings, share
 * and newsletter prompts, photo credits, reading times, gallery counters, copyright lines,
 * date lines), and the class words of blocks that hold captions or embedded posts.
 *
 * Sources: the furniture found around article bodies on the public Article Extraction
 * Benchmark's pages (181 news and blog pages from many sites, 2019) and on the Vietnamese
 * pages of ../shared/pages, generalised to the wording any site uses; mozilla/readability's
 * ad and loading words; schema.org's `articleBody`. No entry names a site, and none is
 * keyed to one page: each is a kind of furniture, written the way many sites write it.
 *
 * Each line rule is a unit with an id, a description and examples (test/page-boilerplate.test.ts
 * checks that every example matches its rule and that the rules leave sentences alone).
 * A rule only judges a line of at most `maxChars` characters (default 120): a long
 * paragraph that happens to open like a prompt is body text.
 */

export interface BoilerplateLineRule {
  id: string;
  description: string;
  /** Lines the rule removes. */
  examples: readonly string[];
  /** Regular expression (flags `iu`) over the whole line, white space collapsed. */
  pattern: string;
  maxChars?: number;
  /** A second pattern the line must also contain somewhere (a year or a time for a date line). */
  mustContain?: string;
}

// Month and weekday names for date lines: English, Portuguese, Spanish, French, Italian, German, Indonesian.
const MONTHS =
  'jan(?:uary|eiro|vier)?|feb(?:ruary)?|fev(?:ereiro)?|f[ée]v(?:rier)?|febbraio|febrero|mar(?:ch|ço|zo|s|et)?|märz|apr(?:il)?|abr(?:il)?|avr(?:il)?|aprile|may|mai(?:o)?|mei|mayo|maggio|jun(?:e|ho|io|i)?|juin|giugno|jul(?:y|ho|io|i)?|juil(?:let)?|luglio|aug(?:ust)?|ago(?:sto)?|août|agu(?:stus)?|sep(?:t(?:ember)?)?|set(?:embro|tembre)?|sept(?:iembre)?|oct(?:ober|ubre)?|out(?:ubro)?|okt(?:ober)?|ottobre|nov(?:ember|embro|iembre|embre)?|dec(?:ember)?|dez(?:embro|ember)?|d[ée]c(?:embre)?|dic(?:iembre|embre)?|des(?:ember)?';
const WEEKDAYS =
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|(?:segunda|terça|quarta|quinta|sexta)-feira|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|senin|selasa|rabu|kamis|jumat|sabtu|minggu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
// One token of a date line: a number, a month or weekday, a time, a zone, a connective.
const DATE_TOKEN = `(?:\\d{1,4}(?:st|nd|rd|th|h\\d{0,2})?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|(?:${MONTHS})\\.?|(?:${WEEKDAYS})|[ap]\\.?m\\.?|[A-Z]{2,4}T|GMT(?:[+-]\\d{1,2})?|UTC|ET|PT|de|del|às|as|à|a|at|on|le|um|el|of|pukul|wib|[,|·•@/.()–—-])`;

export const BOILERPLATE_LINES: readonly BoilerplateLineRule[] = [
  {
    id: 'ad-label',
    description: 'the label of an advertising slot, in the languages news pages use',
    examples: ['Advertisement', 'ADVERTISEMENT', 'Advert', 'Sponsored content', 'Publicidade', 'Iklan', 'Реклама', 'Quảng cáo', 'Advertisement - Continue Reading Below'],
    pattern: String.raw`(?:advertisements?|advertising|advert|ads?|sponsored(?: content)?|publicidade|publicidad|publicité|pubblicità|anuncio|werbung|реклама|iklan|quảng cáo)(?:\s*[-–—:]\s*(?:continue|story continues|article continues)[\w\s]*)?\s*[.:…]*`,
    maxChars: 60,
  },
  {
    id: 'widget-heading',
    description: 'the heading of a page widget standing alone (comments, related or popular stories, tags, menus)',
    examples: ['Comments', '12 comments', 'Related Articles', 'related news', 'You may also like...', 'More:', 'Read more', 'See also', "Don't miss", 'DON\'T MISS', 'Popular on Example News', 'Most read', 'Recommended for you', 'Tags', 'Menu', 'Close', 'Caption', 'More Great Example Stories', 'Up next', 'Trending now', 'Also read', 'Related coverage', 'Tell us what YOU think...', 'Want more stories like this?'],
    pattern: String.raw`(?:\d+\s+)?(?:comments?|comentários|comentarios|commentaires|kommentare|related(?:\s+(?:news|articles?|stories|posts|content|coverage|links|topics|reading))?|(?:you\s+(?:may|might)\s+also\s+(?:like|enjoy))|more|read more|more to read|see also|also read|read also|don'?t miss|popular(?:\s+on\s+[\p{L}\p{N}.\s]{1,40})?|most\s+(?:read|popular|viewed|shared|commented)|recommended(?:\s+(?:for you|stories|articles|reading))?|trending(?:\s+now)?|tags?|topics|menu|close|caption|share|share this(?:\s+(?:article|story|post|page))?|up next|next article|previous article|latest(?:\s+(?:news|stories|articles))?|more (?:great|from|stories|news)[\p{L}\p{N}\s]{0,40}|tell us what you think|want more stories like this\??|leia (?:também|mais)|veja (?:também|mais)|lee también|lire aussi|weitere artikel|baca juga)\s*[:.…!?]*`,
    maxChars: 60,
  },
  {
    id: 'share-prompt',
    description: 'a share button or prompt',
    examples: ['Share on facebook', 'Share via Email', 'Click to share on Twitter (Opens in new window)', 'Like this story? Share it with a friend!', 'Share this article'],
    pattern: String.raw`(?:click to\s+)?share\s+(?:on|via|to|with)\s+[\p{L}+.]+(?:\s*\(opens in new window\))?|like this (?:story|article)\?\s*share it.*|share this (?:article|story|post|page)\s*[:.!]*`,
  },
  {
    id: 'newsletter-prompt',
    description: 'an invitation to subscribe to a newsletter, alerts or the print edition',
    examples: [
      'Get the latest updates right in your inbox. Subscribe to our newsletters.',
      'Sign up for our morning newsletter',
      'Breaking News Emails',
      'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
      'Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.',
      'Every day we send an email with the top stories from Example.',
      'SUBSCRIBE',
      'Subscribe now',
      'Subscribe to our YouTube channel',
    ],
    pattern: String.raw`subscribe(?: (?:now|today|here))?|subscribe to (?:our|the)\b.*\b(?:newsletters?|channel|podcast|magazine|edition|alerts|emails?|updates)\b.*|sign up\b.*\b(?:newsletter|emails?|alerts|inbox|updates)\b.*|.*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b.*|.*\b(?:sign up|subscribe)\b.*\bnewsletters?\b.*|(?:breaking news|daily|weekly) (?:emails|alerts|newsletter)|get (?:the latest|breaking news|our)\b.*\b(?:inbox|alerts|newsletter|emails?)\b.*|.*\bdelivered (?:to|through|straight to|right to) your (?:inbox|letterbox|door)\b.*|every (?:day|week|morning) we send (?:an|a) (?:email|newsletter)\b.*`,
    maxChars: 200,
  },
  {
    id: 'photo-credit',
    description: 'a photo or video credit standing alone, by its label or by the agency that ends it',
    examples: ['Photo: Jane Doe, AP', '(Image: © Example Collaboration)', 'Credit: John Roe/Reuters', 'Jane Doe/Example Times/Getty Images', 'Jane Doe | Bloomberg | Getty Images', 'Photograph: John Roe/AFP', 'Foto: Jane Doe', '(AP Photo/John Roe)', 'Image copyright Getty Images', 'Image caption'],
    pattern: String.raw`\(?(?:photo|photos|image|images|picture|photograph|video|credit|photo credit|image credit|image copyright|source|foto|fotos|imagem|imagen|bild|ảnh)\s*(?:credit)?\s*[:©]\s*[^.!?]{1,100}\)?|image caption|\(?(?:ap|afp|epa|reuters|getty images)\s+photos?\s*/\s*[^.!?]{1,80}\)?|\(?[^.!?]{0,80}(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|afp photo|reuters/[\p{L}\s]+|associated press)\)?`,
    maxChars: 110,
  },
  {
    id: 'reading-time',
    description: 'an estimated reading time',
    examples: ['Tempo de leitura: 2 minutos', 'Reading time: 4 min', '5 min read', 'Temps de lecture : 3 minutes'],
    pattern: String.raw`(?:(?:estimated\s+)?read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|thời gian đọc)\s*:?\s*\d+.*|\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read`,
    maxChars: 50,
  },
  {
    id: 'script-placeholder',
    description: 'what a page shows until its scripts run: loading notices, a request to enable JavaScript',
    examples: ['This slideshow requires JavaScript.', 'Loading...', 'Loading, Please Wait!', 'Please enable JavaScript to view the comments.', 'This may take a second or two.', 'Something went wrong with the connection!'],
    pattern: String.raw`(?:this (?:slideshow|video|content|page|feature) requires javascript|please enable javascript\b.*|javascript is (?:disabled|required)\b.*|loading(?:,\s*please wait)?|this may take a second or two|something went wrong(?: with the connection)?|carregando|cargando|chargement|đang tải)\s*[.!…]*`,
    maxChars: 80,
  },
  {
    id: 'gallery-counter',
    description: 'the counter of a photo gallery',
    examples: ['Image 1 of / 23', 'Photo 3 of 12', '1 of 12', '1 / 12'],
    pattern: String.raw`(?:(?:image|photo|picture|slide)\s+)?\d+\s*(?:of|/|de)\s*/?\s*\d+`,
    maxChars: 30,
  },
  {
    id: 'copyright',
    description: 'a copyright or terms-of-use line',
    examples: ['© 2019 Example.com. All rights reserved (About Us).', 'Copyright 2019 Example Media', 'All rights reserved.', 'Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy', 'Disclaimer'],
    pattern: String.raw`(?:©|\(c\)|copyright\b).*|.*\ball rights reserved\b.*|(?:registration on or )?use of this (?:site|website) constitutes acceptance of\b.*|disclaimer|todos os direitos reservados.*|bản quyền thuộc về\b.*`,
    maxChars: 200,
  },
  {
    id: 'reporting-credit',
    description: 'who reported, wrote or edited the story, printed after it',
    examples: [
      '(Reporting by Jane Doe and John Roe; editing by Mary Major.)',
      'Reporting by Jane Doe; additional reporting by John Roe; Editing by Mary Major',
      'Jane Doe contributed reporting from Hong Kong.',
      'Associated Press writers Jane Doe and John Roe contributed to this report.',
      "Example News' Jane Doe contributed to this report.",
      'Writing by Jane Doe; Editing by John Roe',
    ],
    pattern: String.raw`\(?(?:additional\s+)?(?:reporting|writing|compiled|edited|editing)\s+by\b[^()]*\)?\.?|[^.!?]{0,200}\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article)|additional reporting)\b[^.!?]{0,80}\.?`,
    maxChars: 300,
  },
  {
    id: 'filed-under',
    description: 'the category or tag line a blog prints under a post',
    examples: ['Filed under: Travel |', 'Posted in: News, Local', 'Categories: Politics', 'Tags: ferry, council, harbour'],
    pattern: String.raw`(?:filed under|posted in|categories|category|tags|tagged|tagged with|topics)\s*:.*`,
    maxChars: 150,
  },
  {
    id: 'contact-prompt',
    description: "how to reach the writer or send a tip, or a writer's address standing alone",
    examples: [
      'Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe or on Facebook.',
      'Follow him on Twitter @johnroe.',
      'Follow us on Twitter, Facebook and Instagram.',
      'jane.doe@example.com',
      'twitter.com/janedoe',
      '@janedoe',
    ],
    pattern: String.raw`have a (?:news )?tip\?.*|.*\bmay be reached at\s+\S+@\S+.*|follow (?:him|her|them|us|me)\s+(?:on|at)\s+(?:twitter|facebook|instagram|x|linkedin)\b.*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook)\.com\/[\w.]+|@[\w]{2,30}`,
    maxChars: 220,
  },
  {
    id: 'date-line',
    description: 'a line that is only a date and time, perhaps labelled (published, updated, posted by an account)',
    examples: [
      'Updated 1:39 am EST, Wednesday, November 20, 2019',
      'November 18, 2019 | 4:10pm',
      'July 2, 2018',
      'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)',
      'sexta-feira, 22 de outubro de 2010 às 20:13',
      'Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM',
      'Posted on Maret 30, 2015 by Admin',
      'Published 2019-11-19 08:57',
    ],
    mustContain: String.raw`\b(?:19|20)\d{2}\b|\d{1,2}[:.]\d{2}`,
    pattern: String.raw`(?:(?:last\s+)?(?:updated|published|posted|modified|publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|diterbitkan|dipublikasikan)(?:\s+(?:on|at|em|el|le|am|pada))?\s*:?\s*)?(?:${DATE_TOKEN}\s*){2,}(?:\s*(?:·|\|)?\s*(?:updated|atualizado|actualizado)\s*:?\s*(?:${DATE_TOKEN}\s*){2,})?(?:\s+by\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})?`,
    maxChars: 90,
  },
];

/**
 * A byline printed at the top or the bottom of the body ("By Jane Doe", "By Jane Doe and John
 * Roe, Reuters"): removed only at the article's edges, where a sentence opening with "By"
 * does not stand.
 */
export const EDGE_BYLINE = String.raw`(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Oo]leh)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|da|van|von|der|and|&|,|\|)){0,8}(?:\s*[,|–—-]\s*[\p{L}\s.]{1,40})?`;

/**
 * Class words (matched inside a class or id, case-insensitively) of a block that holds a
 * caption or a photo credit: such a block under 500 characters is not body text.
 */
export const CAPTION_BLOCK = String.raw`caption|cutline|(?:^|[\s_-])(?:credits?|photo-?credit|image-?credit|img-?credit)(?:$|[\s_-])`;

/**
 * Class words of an embedded post (a tweet, an Instagram post, a quoted social-media card):
 * the post is part of the story, even inside a wrapper whose other class words look like a
 * share bar ("social-media-embed").
 */
export const EMBED_BLOCK = String.raw`(?:^|[\s_-])(?:embed|embedded|tweet|twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed)(?:$|[\s_-])`;
