package id.warta.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The outlets Warta knows by layout. Each rule lists the selectors of the outlet's current pages and
 * of its 2015–2016 pages (what most saved archives hold). Anything else goes to the general extractor.
 * Rules are named by the registry's name for the outlet (data/outlets.tsv), which also lists its sites.
 */
final class SiteRules {
    private static final List<SiteRule> RULES = List.of(
            new SiteRule("ANTARA",
                    ".wrap__article-detail-title h1, .post-title h1, h1.post-title, .bjbrt h1.title, h1.title",
                    ".wrap__article-detail-info, .article-date, .post-date, .bjbrt .date, .date",
                    ".wrap__article-detail-content, .post-content, #content_news",
                    "#caption_news, .wrap__article-detail-image figcaption, .wp-caption-text",
                    ".baca-juga, .quote_old, .text-muted, p.mt10, p.date, .adsbygoogle, .terkait_bottom"),
            new SiteRule("KOMPAS.com",
                    ".read__title, .kcm-read-top h2, .kcm-read-content-top h2",
                    ".read__time, .kcm-read-top .msmall, .kcm-date",
                    ".read__content, .kcm-read-text, .kcm-read-content-text .span6",
                    ".photo__caption, .kcm-read-top .photo, .kcm-read-content .photo, .photo",
                    ".kcm-read-copy, .kcm-read-terkait, .inner-link-baca-juga, .ads-on-body, .read__credit"),
            new SiteRule("detikcom",
                    "h1.detail__title, .jdl h1, h1",
                    ".detail__date, .jdl .date, .date",
                    ".detail__body-text, #detikdetailtext, .itp_bodycontent, .text_detail",
                    ".detail__media-caption, .pic_artikel span, figcaption",
                    ".detail__body-tag, .parallaxindetail, .sisip_embed_sosmed, .lihatjg, .banner_inside_article"),
            new SiteRule("Tempo",
                    "h1.title, .detail-title h1, article h1, h1",
                    ".date, .detail-info time, time",
                    "#isi, .detail-konten, .detail-in, article .detail-text",
                    ".caption, figcaption",
                    ".bacajuga, .baca-juga, .box-tag, .iklan"),
            new SiteRule("CNN Indonesia",
                    ".detail-title h1, h1.title, h1",
                    ".detail-title .date, .date",
                    ".detail-text, #detikdetailtext, .detail_text",
                    ".detail-image figcaption, .media_artikel span, figcaption",
                    ".linksisip, .box-baca, .inbetween-ad, .detail_tag"),
            new SiteRule("Liputan6.com",
                    "h1.read-page--header--title, .article-header h1, h1.entry-title",
                    "time.read-page--header--author__datetime, .read-page--header--author__datetime-wrapper time",
                    ".article-content-body__item-content, .read-page__content-body, .article-content-body",
                    ".read-page--photo-gallery--item__caption, .read-page--top-media figcaption",
                    ".baca-juga, .baca-juga-collections, .read-page--tags, .article-ad"),
            new SiteRule("Republika",
                    ".jdl-detail h2, .jdl-pic, .title h1, .max-card__title h1",
                    ".date-detail, .date-pic, .date_detail, .date",
                    ".content-detail, .teaser-pic, .article-content, .artikel",
                    ".wp-cap .caption, .caption",
                    ".ads-160, .baca-juga, .picked-article, .wp-sosmed-d"),
            new SiteRule("VIVA",
                    "h1.main-content-title, .article-detail-title h1, h1",
                    ".main-content-date, .article-detail-date, .date",
                    ".main-content-detail, #article-detail-content, .article-detail-content",
                    ".main-content-image figcaption, .article-detail-image figcaption, figcaption",
                    ".article-related, .baca-juga, .ads"),
            new SiteRule("Okezone",
                    ".titles h1, .title h1, h1",
                    ".meta-post time, .namerep b, time.tgl",
                    "#contentx, .dtlnews, .read, #article-box",
                    ".caption-img-ab, .detail-img figcaption, figcaption",
                    ".baca-juga, .box-gnews, .detads-bottom"),
            new SiteRule("Tribunnews",
                    "h1#arttitle, .mb10 h1, h1",
                    "time, .grey time",
                    ".side-article.txt-article, .txt-article, #article_con",
                    ".ovh figcaption, .imgfull figcaption, figcaption",
                    ".baca, .bacajuga, .tribunnews-related, .ads-placeholder"),
            new SiteRule("CNBC Indonesia",
                    ".jdl h1, h1",
                    ".jdl .date, .date",
                    ".detail_text, .detail-text",
                    ".media_artikel span, figcaption",
                    ".linksisip, .box-baca, .detail_tag"),
            new SiteRule("kumparan",
                    "h1",
                    "[data-qa-id=date], time",
                    "[data-qa-id=story-content], .story-content, article",
                    "figcaption",
                    "[data-qa-id=related-stories], [data-qa-id=baca-juga]"));

    private SiteRules() {
    }

    /** The rule for an outlet, by the registry's name for it (the registry knows which sites are whose). */
    static Optional<SiteRule> forOutlet(String outlet) {
        return RULES.stream().filter(r -> r.outlet().equals(outlet)).findFirst();
    }

    static List<SiteRule> all() {
        return RULES;
    }
}
