package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagingTest {

    private final Paging paging = new Paging(10);

    @Test
    void emptyListStillHasOnePage() {
        assertEquals(1, paging.pageCount(0));
    }

    @Test
    void countsPartialLastPage() {
        assertEquals(1, paging.pageCount(10));
        assertEquals(2, paging.pageCount(11));
    }

    @Test
    void slicesPageByNumber() {
        List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertEquals(List.of(11, 12), paging.slice(items, 2));
        assertEquals(List.of(), paging.slice(items, 3));
    }

    @Test
    void firstPageIsAtTheListPathAndOthersUnderPage() {
        assertEquals("en/economy/", Paging.pagePath("en/economy/", 1));
        assertEquals("en/economy/page/3/", Paging.pagePath("en/economy/", 3));
    }

    @Test
    void treatsNonPositivePageSizeAsOne() {
        assertEquals(3, new Paging(0).pageCount(3));
    }
}
