package com.pvsconsole.reliability;

import com.pvsconsole.api.ErrorCategory;
import java.time.Duration;

/**
 * The fault types of the suite and what each must lead to: the category and hint key a lasting fault is
 * classified as, the HTTP status the problem carries (0 = no answer), where the fault sits (the Power VS API,
 * IAM, or the resolver), and how a change request (POST/PUT/DELETE) is faulted.
 */
enum FaultCase {

    SERVER_ERROR_20_PERCENT("5xx at rate 0.2", Where.API, "\"type\":\"status\",\"status\":503", 0.2,
            ErrorCategory.SERVER, "status.503", 503),
    SERVER_ERROR_ALWAYS("5xx at rate 1.0", Where.API, "\"type\":\"status\",\"status\":500", 1.0,
            ErrorCategory.SERVER, "status.500", 500),
    REQUEST_TIMEOUT("408", Where.API, "\"type\":\"status\",\"status\":408", 1.0,
            ErrorCategory.TIMEOUT, "status.408", 408),
    RATE_LIMITED("429 with Retry-After: 1", Where.API, "\"type\":\"status\",\"status\":429,\"retryAfter\":1", 1.0,
            ErrorCategory.RATE_LIMITED, "status.429", 429),
    /** GETs are cut before they are served; changes after they were made (the case where resending doubles them). */
    CONNECTION_RESET("connection reset", Where.API, "\"type\":\"reset\"", 1.0,
            ErrorCategory.NETWORK, "network.io", 0),
    SLOW_BODY("10 s slow body", Where.API, "\"type\":\"slow\",\"latencyMs\":10000", 1.0,
            ErrorCategory.TIMEOUT, "network.timeout", 0),
    MALFORMED_JSON("malformed JSON", Where.API, "\"type\":\"malformed\"", 1.0,
            ErrorCategory.BAD_RESPONSE, "response.invalid", 200),
    TRUNCATED_JSON("truncated JSON", Where.API, "\"type\":\"truncated\"", 1.0,
            ErrorCategory.BAD_RESPONSE, "response.invalid", 200),
    HTML_ERROR_PAGE("HTML error page (502)", Where.API, "\"type\":\"html\",\"status\":502", 1.0,
            ErrorCategory.SERVER, "status.502", 502),
    IAM_DOWN("IAM down (503)", Where.IAM, "\"type\":\"status\",\"status\":503", 1.0,
            ErrorCategory.SERVER, "iam.unavailable", 503),
    REGION_DNS_FAILURE("DNS failure of the region host", Where.DNS, "", 1.0,
            ErrorCategory.NETWORK, "network.dns", 0);

    /** Where a fault sits, which decides whether the API sees the request at all. */
    enum Where { API, IAM, DNS }

    /** The client's whole-call deadline in the suite; the slow body is cut by it, so no case waits 10 s. */
    static final Duration SUITE_CALL_TIMEOUT = Duration.ofSeconds(20);
    static final Duration SLOW_CALL_TIMEOUT = Duration.ofMillis(1200);

    private final String label;
    private final Where where;
    private final String spec;
    private final double rate;
    private final ErrorCategory category;
    private final String hintKey;
    private final int status;

    FaultCase(String label, Where where, String spec, double rate, ErrorCategory category, String hintKey,
              int status) {
        this.label = label;
        this.where = where;
        this.spec = spec;
        this.rate = rate;
        this.category = category;
        this.hintKey = hintKey;
        this.status = status;
    }

    String label() {
        return label;
    }

    Where where() {
        return where;
    }

    ErrorCategory category() {
        return category;
    }

    String hintKey() {
        return hintKey;
    }

    /**
     * The hint of a change that timed out: it may have been carried out, so the user is told to
     * refresh before trying again, not just to try again.
     */
    String writeHintKey() {
        if (this == CONNECTION_RESET) {
            return "network.io.write"; // the change may have been made: look before resending
        }
        return this == REQUEST_TIMEOUT || this == SLOW_BODY ? "network.timeout.write" : hintKey;
    }

    /** HTTP status of the failure, 0 when no answer came (a spoilt body keeps its 2xx: 200 for a list). */
    int status() {
        return status;
    }

    /** False for the 20% fault: most calls pass, so there is no lasting failure to classify on a GET. */
    boolean lasts() {
        return rate >= 1.0;
    }

    boolean reachesApi() {
        return where == Where.API;
    }

    /** Faults that spoil a 2xx body: a change whose answer the console does not read still succeeds. */
    boolean spoilsBody() {
        return this == MALFORMED_JSON || this == TRUNCATED_JSON;
    }

    Duration callTimeout() {
        return this == SLOW_BODY ? SLOW_CALL_TIMEOUT : SUITE_CALL_TIMEOUT;
    }

    /** The fault on reads: the instance list's GETs (or IAM's token exchange); {@code times} -1 = until removed. */
    String readFault(int times) {
        String route = where == Where.IAM ? "POST /identity/token" : "GET /pcloud/**";
        return json("\"route\":\"" + route + "\"", spec, times);
    }

    /** The fault on changes: every POST, PUT and DELETE of the Power VS API (or IAM's token exchange). */
    String writeFault() {
        if (where == Where.IAM) {
            return readFault(-1);
        }
        String changeSpec = this == CONNECTION_RESET ? "\"type\":\"reset-after\"" : spec;
        return json("\"regex\":\"(POST|PUT|DELETE) /pcloud/.*\"", changeSpec, -1);
    }

    private String json(String target, String body, int times) {
        return "{" + target + "," + body + ",\"rate\":" + rate + ",\"times\":" + times + "}";
    }

    @Override
    public String toString() {
        return label;
    }
}
