package dev.switchboard.bench.email;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.MimeLimits;
import dev.switchboard.ingest.email.MimeParser;
import dev.switchboard.ingest.email.ParsedEmail;

/**
 * Messages per second through ingest-email's parser alone and through the whole normalizer, over the corpus mix:
 * every message of {@code shared/corpus/email} in turn, so one score averages plain, multipart, HTML-only,
 * attachment-heavy and malformed mail as the corpus weighs them. With {@code -prof gc}, {@code gc.alloc.rate.norm}
 * is the allocation per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// normalize reaches its steady rate only after about 25 s of C2 compilation (regexes, jsoup); parse after 6 s.
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EmailParseBenchmark {

    private List<byte[]> corpus;
    private MimeParser parser;
    private EmailNormalizer normalizer;
    private int next;

    @Setup
    public void load() {
        corpus = EmailCorpus.messages();
        parser = new MimeParser(MimeLimits.DEFAULT);
        normalizer = StandaloneEmailNormalizer.create();
    }

    @Benchmark
    public ParsedEmail parse() {
        return parser.parse(nextMessage());
    }

    @Benchmark
    public InboundMessage normalize() {
        return normalizer.normalize(nextMessage(), EmailNormalizer.RAW_PROVIDER);
    }

    private byte[] nextMessage() {
        byte[] message = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        return message;
    }
}
