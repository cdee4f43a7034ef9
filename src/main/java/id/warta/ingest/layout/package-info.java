/**
 * News layout: the one home of what Warta knows about how a news article is laid out, whatever the input
 * format. Exactly one of each: the dateline reader ({@link id.warta.ingest.layout.Dateline}), the date reader
 * ({@link id.warta.ingest.layout.PrintedDate}), the furniture list ({@link id.warta.ingest.layout.Furniture},
 * with {@link id.warta.ingest.layout.SourceLine} for source and copyright lines), the outlet registry
 * ({@link id.warta.ingest.layout.Outlets}, read from {@code data/outlets.tsv}) and the rule that names an
 * article's source ({@code ArticleSource}). {@link id.warta.ingest.layout.ArticleLayout} is the layout step of
 * the article's path: it turns a reader's {@link id.warta.ingest.layout.Draft} into an Article's headline,
 * source, dateline, date, caption and sections, before entities, quotes and summaries.
 *
 * <p>Depends on {@code model} only; the readers in {@code ingest} depend on it, never the other way.
 */
package id.warta.ingest.layout;
