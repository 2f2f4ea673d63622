package com.pvsconsole.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.JobOperation;
import com.pvsconsole.api.model.JobStatus;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceFault;
import com.pvsconsole.api.model.PvmInstanceHealth;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Explainer explainer = new Explainer(FaultCatalog.loadDefault());

    static PvmInstance server(String status, PvmInstanceFault fault, PvmInstanceHealth health) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("pvmInstanceID", "vm-1", "serverName", "db-01",
                "status", status, "sysType", "e980", "procType", "dedicated", "processors", 4, "memory", 64));
        PvmInstance base = JSON.convertValue(fields, PvmInstance.class);
        Map<String, Object> withExtras = JSON.convertValue(base, Map.class);
        withExtras.put("fault", fault);
        withExtras.put("health", health);
        return JSON.convertValue(withExtras, PvmInstance.class);
    }

    @Test
    void should_keep_an_unknown_fault_as_the_raw_text() {
        PvmInstance s = server("ERROR", new PvmInstanceFault(500.0, "2026-11-30T10:00:00Z", null,
                "Frobnicator 7 refused the LPAR"), null);

        Explanation e = explainer.explain(ExplainRequest.of(s, "dal10"));

        assertThat(e.known()).isFalse();
        assertThat(e.cause()).contains("Frobnicator 7 refused the LPAR");
        assertThat(e.evidence().get(0).text()).isEqualTo("Frobnicator 7 refused the LPAR (code 500)");
        assertThat(e.evidence().get(0).time()).isEqualTo("2026-11-30T10:00:00Z");
    }

    @Test
    void should_fill_the_example_from_the_issue_with_the_servers_values() {
        PvmInstance s = server("ERROR", new PvmInstanceFault(500.0, null, null,
                "No valid host was found. There are not enough hosts available."), null);

        Explanation e = explainer.explain(ExplainRequest.of(s, "dal10"));

        assertThat(e.cause()).isEqualTo("No valid host was found: no e980 host in dal10 had room for 4 dedicated"
                + " cores and 64 GB (or the placement group, pinning or shared processor pool ruled out the hosts"
                + " that had).");
    }

    @Test
    void should_gather_last_action_running_jobs_quota_and_pace() {
        PvmInstance s = server("WARNING", null, new PvmInstanceHealth(null, "The LPAR does not have an active RMC"
                + " connection", "WARNING"));
        Job capture = new Job("2026-11-30T09:00:00Z", "job-1", new JobOperation("vmCapture", "vm-9", "pvmInstance"),
                null, new JobStatus(null, "40", "running"), null);
        Job done = new Job(null, "job-0", null, null, new JobStatus(null, "100", "completed"), null);
        QuotaHeadroom quota = new QuotaHeadroom(List.of(new QuotaHeadroom.Line("cores", "", 20, 20)));
        TransitionHistory.Assessment pace = new TransitionHistory.Assessment(TransitionHistory.Kind.RESIZE,
                Duration.ofMinutes(40), Optional.of(new TransitionHistory.Estimate(Duration.ofMinutes(5), 4)));

        Explanation e = explainer.explain(new ExplainRequest(s, "dal10", List.of(),
                Optional.of(new ConsoleActionRecord("resize to 8 cores", Instant.parse("2026-11-30T09:10:00Z"),
                        "accepted")), List.of(capture, done), quota, Optional.of(pace)));

        assertThat(e.catalogEntry()).contains("rmc");
        assertThat(e.evidence()).extracting(Evidence::text).contains("resize to 8 cores: accepted",
                "Running job: vmCapture running (40)", "cores: 20 of 20 (none left)",
                "RESIZE running 40 min; usually 5 min here (4 runs): slower than usual")
                .noneMatch(t -> t.contains("job-0"));
    }
}
