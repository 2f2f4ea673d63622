package com.pvsconsole.service.problem;

import java.util.Objects;

/**
 * Ends background work with a problem the work itself found (an import that reached "failed", a file that
 * could not be written), so the task fails with these words rather than a generic "unexpected error".
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
