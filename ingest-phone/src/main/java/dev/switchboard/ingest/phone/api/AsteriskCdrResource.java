package dev.switchboard.ingest.phone.api;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.IngestMetrics;
import dev.switchboard.ingest.phone.CallIngest;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.ingest.phone.config.PhoneSettings;
import dev.switchboard.servicekit.ProblemException;

@Path("/v1/phone/asterisk/cdr")
public class AsteriskCdrResource {

    static final String TEXT_CSV = "text/csv";

    private final CallIngest ingest;
    private final IngestMetrics metrics;
    private final PhoneSettings settings;
    private final ZoneId zone;

    public AsteriskCdrResource(CallIngest ingest, IngestMetrics metrics, PhoneSettings settings) {
        this.ingest = ingest;
        this.metrics = metrics;
        this.settings = settings;
        try {
            this.zone = ZoneId.of(settings.asteriskTimeZone());
        } catch (DateTimeException e) {
            throw new IllegalStateException("switchboard.ingest.phone.asterisk-time-zone is not an IANA zone", e);
        }
    }

    /**
     * Accepts a Master.csv batch: the good rows are published, the bad ones reported by line. 202 when every row
     * was good, 207 when some were not, 400 when none was.
     */
    @POST
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "every row accepted")
    @APIResponse(responseCode = "207", description = "good rows accepted, bad rows reported by line")
    @APIResponse(responseCode = "400", description = "no row could be accepted")
    public Response upload(String body) {
        AsteriskCdrCsv.Batch batch = AsteriskCdrCsv.parse(body == null ? "" : body, zone, settings.maxBatchRows());
        batch.rejected().forEach(row -> metrics.rejected("bad-cdr-row"));
        if (batch.calls().isEmpty()) {
            throw ProblemException.badInput(null, batch.rejected().isEmpty()
                    ? "the upload has no CDR rows"
                    : "no row could be accepted: " + batch.rejected().stream().limit(5)
                            .map(row -> "line " + row.line() + ": " + row.reason())
                            .collect(Collectors.joining("; ")));
        }
        List<CallRecord> calls = batch.calls().stream().map(AsteriskCdrCsv.Call::record).toList();
        // A plain return type runs on a worker thread: parsing a large upload never holds up the I/O thread.
        // The wait is bounded by the publish timeout, which fails it with 503.
        return respond(batch, ingest.ingestAll(calls).await().indefinitely());
    }

    private static Response respond(AsteriskCdrCsv.Batch batch, List<Accepted> answers) {
        List<BatchResult.AcceptedRow> accepted = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Accepted answer = answers.get(i);
            for (long line : batch.calls().get(i).lines()) {
                accepted.add(new BatchResult.AcceptedRow(line, answer.id(), answer.conversationKey(), answer.status()));
            }
        }
        accepted.sort(Comparator.comparingLong(BatchResult.AcceptedRow::line));
        List<BatchResult.RejectedRow> rejected = batch.rejected().stream()
                .map(row -> new BatchResult.RejectedRow(row.line(), row.reason())).toList();
        return Response.status(rejected.isEmpty() ? 202 : 207)
                .entity(new BatchResult(accepted, rejected))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
