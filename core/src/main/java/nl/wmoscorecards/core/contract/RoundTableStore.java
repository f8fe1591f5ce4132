package nl.wmoscorecards.core.contract;

import java.util.List;

/** The round tables held, with their attendance, per contracting region. */
public interface RoundTableStore {

    /** Stores the round table, replacing one recorded earlier under the same id (a correction). */
    void save(RoundTableMeeting meeting);

    /** The round tables of a contracting region, oldest first. */
    List<RoundTableMeeting> roundTablesOf(String contractingRegion);
}
