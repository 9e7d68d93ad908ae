package dev.broadsheet.render;

import dev.broadsheet.content.Author;
import dev.broadsheet.content.Image;
import dev.broadsheet.content.Site;
import dev.broadsheet.content.TocEntry;
import dev.broadsheet.diagnostics.Diagnostics;

import java.nio.file.Path;
import java.time.ZonedDateTime;

/** The site most render tests use, and a one-call render into memory. */
final class Rendering {

    /** What one render produced. */
    record Result(MemorySink sink, Diagnostics diagnostics) {
    }

    private Rendering() {
    }

    /**
     * zh (default): economy a (translated, tagged, aliased, with cover, toc, byline, updated), b (untranslated,
     * title with a script tag), c; livelihood d; pages about (translated) and contact. en: economy a; page
     * about. Two articles per page, so zh economy and zh 红色物业 have two pages, their en versions one.
     */
    static SiteFixture standard() {
        SiteFixture fixture = new SiteFixture();
        fixture.article("zh", "economy", "a").title("河西区领导带队赴上海开展招商对接活动").kicker("进博会期间")
                .subtitle("为区域产业高质量发展注入新动能").date(2025, 11, 20)
                .updated(ZonedDateTime.parse("2025-11-22T10:30:00+08:00[Asia/Shanghai]"))
                .authors(new Author("岳志欣", "通讯员"), new Author("李明", "记者"))
                .tags("红色物业", "招商引资").summary("第八届进博会在上海举办。")
                .image(new Image("/images/ciie.jpg", "进博会会场", "进博会现场"))
                .aliases("/old/a.html", "/old/a/")
                .body(SiteFixture.body("<h2 id=\"一\">一</h2><p>正文</p><h2 id=\"二\">二</h2><h2 id=\"三\">三</h2>",
                        new TocEntry(2, "一", "一"), new TocEntry(2, "二", "二"), new TocEntry(2, "三", "三")));
        fixture.article("zh", "economy", "b").title("<script>alert(1)</script> 标题").date(2025, 11, 19)
                .tags("红色物业");
        fixture.article("zh", "economy", "c").title("第三篇").date(2025, 11, 18).tags("红色物业");
        fixture.article("zh", "livelihood", "d").title("民生新闻").date(2025, 11, 17);
        fixture.article("en", "economy", "a").title("Hexi leaders visit Shanghai").date(2025, 11, 20)
                .authors(new Author("Yue Zhixin", "Correspondent")).tags("Red Property")
                .summary("The 8th CIIE opened in Shanghai.");
        fixture.page("zh", "about", "关于我们").page("en", "about", "About us").page("zh", "contact", "联系我们");
        return fixture;
    }

    static Result render(Site site, Path siteDir) {
        Diagnostics diagnostics = new Diagnostics();
        MemorySink sink = new MemorySink();
        new SiteRenderer(siteDir, site, diagnostics).render(sink);
        return new Result(sink, diagnostics);
    }
}
