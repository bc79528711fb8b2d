package dev.switchboard.servicekit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Missing or bad credentials and missing roles as problem+json, like every other error. A service that wants a bad
 * token answered here sets
 * {@code quarkus.http.auth.proactive=false}, so authentication fails in the REST layer rather than before it.
 */
public class SecurityProblems {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated() {
        Problem problem = Problem.of("unauthorized", "Unauthorized", 401,
                "a valid bearer token is required", null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        Problem problem = Problem.of("forbidden", "Forbidden", 403,
                "the token does not carry a role this operation needs", null);
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
