/** Extractor: boilerplate. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const boilerplateExtractor: Extractor = {
  name: 'boilerplate',
  run(ctx: Context): void {
    void ctx;
  },
};
