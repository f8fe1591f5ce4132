package nl.wmoscorecards.functions.handler;

import nl.wmoscorecards.fixtures.InMemoryStores;
import nl.wmoscorecards.functions.store.Stores;

/** The handlers' Stores wired to core's in-memory fakes, which the test keeps to look into. */
final class FakeStores {
    private FakeStores() {
    }

    static Stores of(InMemoryStores fakes) {
        return new Stores(fakes.allocations(), fakes.surveyResponses(), fakes.kpiResults(), fakes.uploads(),
                fakes.reportRows(), fakes.escalations(), fakes.contractManagement(), fakes.contractManagement());
    }
}
