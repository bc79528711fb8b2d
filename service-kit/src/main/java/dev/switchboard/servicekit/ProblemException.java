package dev.switchboard.servicekit;

import java.time.Duration;

/** Ends a request with a problem response. Throw it from resources and services; it is mapped in one place. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Duration retryAfter) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badInput(String field, String detail) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, detail, field));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, what + " does not exist", null));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of("conflict", "Conflict", 409, detail, null));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of("unauthorized", "Unauthorized", 401, detail, null));
    }

    /** A dependency (Kafka, PostgreSQL) did not answer in time: the caller should retry after a pause. */
    public static ProblemException unavailable(String dependency, Duration retryAfter) {
        return new ProblemException(Problem.of("dependency-unavailable", "Service unavailable", 503,
                dependency + " did not acknowledge in time; nothing was accepted, retry later", null), retryAfter);
    }

    public Problem problem() {
        return problem;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
