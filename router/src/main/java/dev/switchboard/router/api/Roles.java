package dev.switchboard.router.api;

/** JWT groups the router's API checks. */
final class Roles {

    static final String ADMIN = "admin";
    static final String SUPERVISOR = "supervisor";

    private Roles() {
    }
}
