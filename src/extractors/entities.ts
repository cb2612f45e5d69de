/** Extractor: entities. (Placeholder: being written.) */
import { Context, Extractor } from '../pipeline/context';

export const entitiesExtractor: Extractor = {
  name: 'entities',
  run(ctx: Context): void {
    void ctx;
  },
};
