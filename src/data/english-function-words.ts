/**
 * English function words that other Latin-script languages do not use as common words,
 * so their share of a text's words separates English from French, Spanish, German,
 * Indonesian or unaccented Vietnamese (all near zero) — English prose is about a third
 * function words.
 *
 * Source: the most frequent English words (general knowledge of English word-frequency
 * lists such as the Brown corpus top 100), minus words that are also frequent in French,
 * Spanish, Portuguese, Italian, German, Dutch or Vietnamese ("a", "in", "on", "an", "as",
 * "die", "so", "de", "la", "is", "was", "of", "over", "had", "will", "no", "do").
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'and', 'to', 'that', 'with', 'for', 'this', 'these', 'those', 'from', 'by', 'have', 'has', 'been',
  'be', 'it', 'its', 'which', 'who', 'whom', 'whose', 'their', 'they', 'them', 'he', 'his', 'him', 'she', 'her',
  'we', 'our', 'you', 'your', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'not', 'but',
  'or', 'if', 'than', 'then', 'there', 'here', 'what', 'when', 'where', 'why', 'how', 'all', 'any', 'some',
  'such', 'only', 'also', 'into', 'about', 'after', 'before', 'under', 'between', 'during', 'against', 'out',
  'up', 'more', 'most', 'other', 'each', 'both', 'said', 'says', 'at', 'are', 'were', 'being', 'does',
  'did', 'one', 'two', 'three', 'new', 'while', 'because', 'through', 'since', 'until', 'very', 'just', 'now',
  'many', 'much',
];
