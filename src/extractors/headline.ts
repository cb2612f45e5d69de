/** Extractor: headline. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const headlineExtractor: Extractor = {
  name: 'headline',
  run(ctx: Context): void {
    void ctx;
  },
};
