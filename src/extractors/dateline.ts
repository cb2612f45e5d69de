/** Extractor for dateline. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const datelineExtractor: Extractor = {
  name: 'dateline',
  run(ctx: Context): void {
    void ctx;
  },
};
