package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AliasPathsTest {

    @Test
    void fileAliasIsThatFile() {
        assertEquals(Optional.of("old/a.html"), AliasPaths.outputPath("/old/a.html"));
    }

    @Test
    void folderAliasWithOrWithoutSlashIsItsIndex() {
        assertEquals(Optional.of("old/a/index.html"), AliasPaths.outputPath("/old/a/"));
        assertEquals(Optional.of("old/a/index.html"), AliasPaths.outputPath("/old/a"));
    }

    @Test
    void aliasesThatLeaveTheOutputFolderAreRefused() {
        assertEquals(Optional.empty(), AliasPaths.outputPath("/../etc/passwd"));
        assertEquals(Optional.empty(), AliasPaths.outputPath("/a/./b"));
        assertEquals(Optional.empty(), AliasPaths.outputPath("/a\\b"));
        assertEquals(Optional.empty(), AliasPaths.outputPath("/"));
        assertEquals(Optional.empty(), AliasPaths.outputPath("/a//b"));
        assertEquals(Optional.empty(), AliasPaths.outputPath("/a?b=1"));
    }
}
