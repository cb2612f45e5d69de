/** artparse as a library: `import { parseArticle } from 'artparse'`. */
export { parseArticle } from './pipeline/parse';
export * from './types';
