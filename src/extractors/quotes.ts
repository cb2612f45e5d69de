/** Extractor: quotes. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const quotesExtractor: Extractor = {
  name: 'quotes',
  run(ctx: Context): void {
    void ctx;
  },
};
