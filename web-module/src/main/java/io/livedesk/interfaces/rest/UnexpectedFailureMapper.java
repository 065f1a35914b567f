package io.livedesk.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Unreadable JSON is the client's mistake (400); an unreachable database is a temporary
 * outage (503, try again); everything else is ours (500): logged with an incident id that the response
 * repeats, so a report can be matched to the log without leaking a trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (causedBy(exception, JsonbException.class) || causedBy(exception, jakarta.json.JsonException.class)
                || causedBy(exception, java.time.format.DateTimeParseException.class)) {
            return Problems.response(400, "Bad Request",
                    "The request body is not valid JSON for this operation: " + rootMessage(exception));
        }
        if (databaseUnreachable(exception)) {
            LOG.log(Level.WARNING, "The database is unreachable", exception);
            return Response.fromResponse(Problems.response(503, "Service Unavailable",
                    "LiveDesk cannot reach its database right now; nothing was changed. Try again in a few seconds."))
                    .header("Retry-After", 5).build();
        }
        if (causedBy(exception, jakarta.persistence.OptimisticLockException.class)) {
            return Problems.response(409, "Conflict", "Someone else changed the same thing at the same moment; "
                    + "nothing of yours was saved. Reload and try again.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(500, "Internal Server Error",
                "Something went wrong on our side. Incident " + incident + " has been logged.");
    }

    /** SQLSTATE class 08 is "connection exception" in PostgreSQL and H2 alike. */
    private static boolean databaseUnreachable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
