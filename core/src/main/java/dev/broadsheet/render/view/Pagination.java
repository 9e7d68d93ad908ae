package dev.broadsheet.render.view;

/**
 * Where a list page stands among its siblings.
 *
 * @param number      this page's number, from 1
 * @param total       the number of pages, at least 1
 * @param firstUrl    the first page's URL
 * @param previousUrl the previous (newer) page's URL, or null on the first page
 * @param nextUrl     the next (older) page's URL, or null on the last page
 * @param lastUrl     the last page's URL
 */
public record Pagination(int number, int total, String firstUrl, String previousUrl, String nextUrl,
                         String lastUrl) {
}
