/** Extractor for bylines. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const authorsExtractor: Extractor = {
  name: 'authors',
  run(ctx: Context): void {
    void ctx;
  },
};
