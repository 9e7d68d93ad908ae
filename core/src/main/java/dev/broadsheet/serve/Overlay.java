package dev.broadsheet.serve;

import dev.broadsheet.diagnostics.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page shown instead of the site while the latest build has errors. */
final class Overlay {

    private Overlay() {
    }

    static byte[] page(List<Diagnostic> errors) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Build failed – Broadsheet</title>\n<style>")
                .append("body{font:16px/1.6 system-ui,sans-serif;margin:0;background:#1d1f21;color:#f0f0f0}")
                .append("main{max-width:60rem;margin:0 auto;padding:2rem}h1{color:#ff8a80;font-size:1.4rem}")
                .append("li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>The site has ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append("</h1>\n<p>Fix and save: this page reloads by itself.</p>\n<ol class=\"broadsheet-errors\">\n");
        for (Diagnostic error : errors) {
            html.append("<li>").append(escape(error.toString())).append("</li>\n");
        }
        html.append("</ol>\n</main>\n").append(ReloadEvents.script()).append("\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
