/** Education level: the highest level a resume's text names, by keyword (whole words, lower case). */
import { wordsOf } from './skills-vocabulary';

export const EDUCATION_LEVELS = ['none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Words (or word pairs) that name each level. */
const KEYWORDS: ReadonlyArray<[EducationLevel, readonly string[]]> = [
  ['doctorate', ['phd', 'ph.d', 'doctorate', 'dphil']],
  ['master', ['master', "master's", 'msc', 'm.sc', 'mba', 'meng']],
  ['bachelor', ['bachelor', "bachelor's", 'bsc', 'b.sc', 'beng', 'ba']],
  ['associate', ['associate degree']],
  ['secondary', ['high school', 'secondary school', 'diploma']],
];

/** The rank of a level (none 0 ... doctorate 5). */
export const rankOf = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);

/** The highest level named in `text`. */
export function educationLevelIn(text: string): EducationLevel {
  const words = wordsOf(text.replaceAll("'", ''));
  const phrases = new Set([...words, ...words.slice(0, -1).map((word, index) => `${word} ${words[index + 1]}`)]);
  for (const [level, keywords] of KEYWORDS) {
    if (keywords.some((keyword) => phrases.has(keyword.replaceAll("'", '')))) return level;
  }
  return 'none';
}
