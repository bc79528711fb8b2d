package dev.switchboard.router.api;

/**
 * The body of {@code POST /v1/customers/{customerId}/merge}.
 *
 * @param from the id of the customer folded into the one in the path
 */
public record MergeInput(String from) {
}
