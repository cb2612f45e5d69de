/** HTML input: detection, rendering with a source map, page metadata. */
export { looksLikeHtml } from './detect';
export { parseHtmlArticle } from './article';
export { renderHtml, RenderedHtml, RenderedHeading } from './render';
export { SourceMap, remapOffsets } from './source-map';
export { readPageMetadata, PageMetadata, MetaValue, MetaAuthor } from './metadata';
