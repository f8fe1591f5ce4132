package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ParallelRenderingTest {

    @Test
    void runsEveryJob() throws IOException {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        List<ParallelRendering.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int page = i;
            jobs.add(() -> done.add(page));
        }
        try (ParallelRendering rendering = new ParallelRendering(4)) {
            rendering.runAll(jobs);
        }
        assertThat(done).hasSize(500);
    }

    @Test
    void aFailedPageFailsTheGenerationWithItsOwnErrorOnceNoJobIsRunning() {
        Set<Integer> running = ConcurrentHashMap.newKeySet();
        List<ParallelRendering.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int page = i;
            jobs.add(() -> {
                running.add(page);
                try {
                    if (page == 17) {
                        throw new IOException("cannot render page 17");
                    }
                } finally {
                    running.remove(page);
                }
            });
        }
        try (ParallelRendering rendering = new ParallelRendering(4)) {
            assertThatThrownBy(() -> rendering.runAll(jobs)).isInstanceOf(IOException.class)
                    .hasMessage("cannot render page 17");
            assertThat(running).isEmpty();
        }
    }
}
