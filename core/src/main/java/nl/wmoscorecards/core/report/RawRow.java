package nl.wmoscorecards.core.report;

import java.util.List;

/** One row of the file as read, numbered as the provider sees it (the header is row 1). */
record RawRow(int rowNumber, List<RawCell> cells) {
    RawRow {
        cells = List.copyOf(cells);
    }

    RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
