package dev.broadsheet.serve;

import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveSiteTest {

    @TempDir
    Path root;

    @Test
    void servesTheSearchIndexAndMakesItAgainAfterAnEdit() {
        Path site = SiteFiles.write(root, SiteFiles.SITE_YAML + """
                -- content/zh/economy/2025-11-20-port.md --
                ---
                title: 港口开放
                date: 2025-11-20
                ---
                港口建设。
                """);
        LiveSite live = new LiveSite(site, true, "http://127.0.0.1:1313/");
        Snapshot first = live.rebuild(List.of());
        assertEquals(List.of(), first.errors());
        assertTrue(first.files().containsKey("search-index/zh/meta.json"), first.files().keySet().toString());
        byte[] shard = first.files().get("search-index/zh/s/0.json.gz");
        SiteFiles.writeFile(site, "content/zh/economy/2025-11-20-port.md",
                "---\ntitle: 港口开放\ndate: 2025-11-20\n---\n码头扩建。\n");
        Snapshot second = live.rebuild(List.of("content/zh/economy/2025-11-20-port.md"));
        assertFalse(java.util.Arrays.equals(shard, second.files().get("search-index/zh/s/0.json.gz")));
        assertTrue(live.timings().contains("search"), live.timings());
    }
}
