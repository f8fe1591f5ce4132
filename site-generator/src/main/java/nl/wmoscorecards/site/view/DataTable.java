package nl.wmoscorecards.site.view;

import java.util.List;

/** A plain table of formatted text; the first cell of each row is its header cell (scope="row"). */
public record DataTable(String caption, List<String> headers, List<List<String>> rows) {
    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
