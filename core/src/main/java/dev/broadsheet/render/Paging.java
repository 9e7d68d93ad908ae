package dev.broadsheet.render;

import java.util.List;

/**
 * The arithmetic of paginated lists: page 1 at the list's path, page n at {@code <path>page/<n>/}.
 */
final class Paging {

    private final int perPage;

    /** @param perPage articles per page; values below 1 count as 1 */
    Paging(int perPage) {
        this.perPage = Math.max(1, perPage);
    }

    /** The number of pages a list of {@code size} items needs; an empty list still has its first page. */
    /** Articles per page. */
    int perPage() {
        return perPage;
    }

    int pageCount(int size) {
        return Math.max(1, (size + perPage - 1) / perPage);
    }

    /** The items shown on page {@code number} (from 1). */
    <T> List<T> slice(List<T> items, int number) {
        int from = Math.min(items.size(), (number - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /** The site path of page {@code number} of the list at {@code listPath}. */
    static String pagePath(String listPath, int number) {
        return number <= 1 ? listPath : listPath + "page/" + number + "/";
    }
}
