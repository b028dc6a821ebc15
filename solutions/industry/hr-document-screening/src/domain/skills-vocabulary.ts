/**
 * The skills vocabulary: each canonical skill and the phrases that name it in a resume (lower case, one or two
 * words). A skill counts when one of its phrases appears as whole words; nothing outside the vocabulary is a skill.
 * Extend it here (and in the README's table) rather than matching free text.
 */

export const SKILLS_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  typescript: ['typescript'],
  javascript: ['javascript', 'node.js', 'nodejs'],
  python: ['python'],
  java: ['java'],
  go: ['golang', 'go lang'],
  sql: ['sql', 'postgresql', 'mysql'],
  aws: ['aws', 'amazon web services'],
  kubernetes: ['kubernetes', 'k8s'],
  docker: ['docker', 'containers'],
  terraform: ['terraform'],
  'ci/cd': ['ci/cd', 'continuous integration', 'github actions', 'jenkins'],
  react: ['react', 'react.js'],
  'machine learning': ['machine learning', 'pytorch', 'tensorflow'],
  'data engineering': ['data engineering', 'spark', 'airflow'],
  linux: ['linux'],
  networking: ['networking', 'tcp/ip'],
  'project management': ['project management', 'scrum', 'agile'],
  communication: ['communication', 'presentation'],
};

/** Characters that belong to a skill word (so `node.js`, `ci/cd`, `c++` stay one word). */
const isWordChar = (char: string) =>
  (char >= 'a' && char <= 'z') ||
  (char >= '0' && char <= '9') ||
  char === '.' ||
  char === '/' ||
  char === '+' ||
  char === '#';

/** Lower-case words of `text` (trailing dots dropped), in order: one linear pass. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const char of text.toLowerCase()) {
    if (isWordChar(char)) current += char;
    else if (current !== '') {
      words.push(current);
      current = '';
    }
  }
  if (current !== '') words.push(current);
  return words.map((word) => (word.endsWith('.') ? word.slice(0, -1) : word)).filter((word) => word !== '');
}

/** Phrase -> canonical skill. */
const PHRASES = new Map(
  Object.entries(SKILLS_VOCABULARY).flatMap(([skill, phrases]) => phrases.map((phrase) => [phrase, skill] as const)),
);

/** The canonical skills `text` names, sorted. */
export function skillsIn(text: string): string[] {
  const words = wordsOf(text);
  const found = new Set<string>();
  for (let index = 0; index < words.length; index += 1) {
    const one = PHRASES.get(words[index] ?? '');
    if (one !== undefined) found.add(one);
    const two = PHRASES.get(`${words[index]} ${words[index + 1] ?? ''}`);
    if (two !== undefined) found.add(two);
  }
  return [...found].sort();
}
