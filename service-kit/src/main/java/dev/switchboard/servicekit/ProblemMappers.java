package dev.switchboard.servicekit;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error into problem+json: bad input becomes a 4xx naming what is wrong, never a 500;
 * an unexpected failure becomes a 500 that says nothing of the code.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = respond(e.problem());
        if (e.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? fieldPath(m) : null;
        String detail = e instanceof InvalidFormatException f
                ? "value '" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName()
                : e.getOriginalMessage();
        return respond(Problem.of("malformed-json", "Malformed JSON", 400, firstLine(detail), field)).build();
    }

    /**
     * A JSON value of the wrong type ("durationSeconds": "long"). Quarkus REST maps this subtype itself, more
     * specifically than {@link #badJson}, so it needs its own mapper to answer as a problem naming the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Problem problem;
        if (e instanceof NotSupportedException) {
            problem = Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "this endpoint does not accept that Content-Type", null);
        } else if (e instanceof NotAcceptableException) {
            problem = Problem.of("not-acceptable", "Not acceptable", 406,
                    "this endpoint cannot answer in the requested media type", null);
        } else if (e instanceof NotAllowedException) {
            problem = Problem.of("method-not-allowed", "Method not allowed", 405,
                    "this path does not take that method", null);
        } else if (e instanceof NotFoundException) {
            problem = Problem.of("not-found", "Not found", 404, "no such resource", null);
        } else if (status == 413) {
            problem = Problem.of("payload-too-large", "Payload too large", 413,
                    "the request body exceeds the configured limit", null);
        } else {
            problem = Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                    firstLine(e.getMessage()), null);
        }
        return respond(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf(e, "Unexpected failure handling a request");
        return respond(Problem.of("internal", "Internal error", 500,
                "the request failed on our side; it is safe to retry", null)).build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
