/** Extractor for published/updated timestamps. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const datesExtractor: Extractor = {
  name: 'dates',
  run(ctx: Context): void {
    void ctx;
  },
};
