/** Extractor: sections. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const sectionsExtractor: Extractor = {
  name: 'sections',
  run(ctx: Context): void {
    void ctx;
  },
};
