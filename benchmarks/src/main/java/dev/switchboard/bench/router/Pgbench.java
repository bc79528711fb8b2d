package dev.switchboard.bench.router;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.ServiceProcess;

/**
 * The limit the router's whole path is held against: {@code pgbench} running, on a scratch database with the
 * router's own schema (its Flyway migrations, applied with psql), the transaction the router commits to give a
 * conversation to an agent: lock the agent's row, then, guarded by a fresh count of what the agent holds, claim the
 * best queued conversation (skipping locked ones), insert the pending offer and stamp the agent. As many clients as
 * asked, for as long as asked, in the same run and on the same PostgreSQL as the router.
 */
final class Pgbench {

    static final String AGENT_PREFIX = "bench-";
    /** High enough that the guard never refuses: the cost of the check is measured, not its refusals. */
    private static final int CAPACITY = 1_000_000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private static final String TRANSACTION = """
            \\set agent random(1, %d)
            BEGIN;
            SELECT id, capacity, max_concurrent, presence FROM agents WHERE id = '%s' || :agent FOR UPDATE;
            WITH picked AS (
                SELECT id FROM conversations WHERE status = 'QUEUED'
                ORDER BY priority DESC, queued_since, id LIMIT 1 FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE conversations c SET status = 'OFFERED', assigned_agent_id = '%s' || :agent, updated_at = now()
                FROM picked
                WHERE c.id = picked.id
                  AND (SELECT count(*) FROM conversations h WHERE h.assigned_agent_id = '%s' || :agent
                       AND h.status IN ('OFFERED', 'ASSIGNED') AND h.channel = 'CHAT') < %d
                RETURNING c.id),
            offered AS (
                INSERT INTO offers (id, conversation_id, agent_id, status, reason, created_at, expires_at)
                SELECT gen_random_uuid(), id, '%s' || :agent, 'PENDING', 'bench', now(), now() + interval '30 seconds'
                FROM claimed RETURNING 1)
            UPDATE agents SET last_assigned_at = now() WHERE id = '%s' || :agent AND EXISTS (SELECT 1 FROM offered);
            END;
            """;

    private Pgbench() {
    }

    record Result(double tps, long claimed, long leftQueued, String command) {
    }

    /** Schema, seed, then {@code pgbench -n -f offer.sql -c clients -j 2 -T seconds} against {@code scratch}. */
    static Result run(PostgresDatabase scratch, RouterBenchOptions options, int agents) {
        Connection connection = Connection.of(scratch);
        List<String> migrate = new ArrayList<>(connection.psql());
        migrate.add("-q");
        migrations(options.migrations()).forEach(file -> {
            migrate.add("-f");
            migrate.add(file.toAbsolutePath().toString());
        });
        exec("psql-migrate", migrate, connection, options.workDir());
        List<String> seed = new ArrayList<>(connection.psql());
        seed.addAll(List.of("-q", "-c", """
                INSERT INTO customers (id, created_at) VALUES ('00000000-0000-0000-0000-000000000001', now());
                INSERT INTO agents (id, display_name, time_zone, languages, capacity, presence, updated_at)
                SELECT '%s' || g, 'Agent ' || g, 'UTC', '{"en": 5}', '{"CHAT": %d}', 'AVAILABLE', now()
                FROM generate_series(1, %d) g;
                INSERT INTO conversations (id, conversation_key, channel, provider, customer_id, status, language,
                                           created_at, queued_since, updated_at)
                SELECT gen_random_uuid(), 'bench:' || g, 'CHAT', 'bench', '00000000-0000-0000-0000-000000000001',
                       'QUEUED', 'en', now(), now() - make_interval(secs => g / 1000.0), now()
                FROM generate_series(1, %d) g;
                """.formatted(AGENT_PREFIX, CAPACITY, agents, options.queued()), "-c", "VACUUM ANALYZE"));
        exec("psql-seed", seed, connection, options.workDir());
        Path script = options.workDir().resolve("offer.sql").toAbsolutePath();
        write(script, TRANSACTION.formatted(agents, AGENT_PREFIX, AGENT_PREFIX, AGENT_PREFIX, CAPACITY, AGENT_PREFIX,
                AGENT_PREFIX));
        List<String> bench = new ArrayList<>(List.of("pgbench", "-n", "-f", script.toString(),
                "-c", Integer.toString(options.clients()), "-j", "2", "-T", Integer.toString(options.seconds())));
        bench.addAll(connection.arguments());
        String output = exec("pgbench", bench, connection, options.workDir());
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps line:\n" + output);
        }
        List<String> count = new ArrayList<>(connection.psql());
        count.addAll(List.of("-At", "-c", "SELECT count(*) FILTER (WHERE status = 'OFFERED'), count(*) FILTER"
                + " (WHERE status = 'QUEUED') FROM conversations"));
        String[] counts = exec("psql-count", count, connection, options.workDir()).trim().split("\\|");
        return new Result(Double.parseDouble(tps.group(1)), Long.parseLong(counts[0]), Long.parseLong(counts[1]),
                String.join(" ", bench) + " (" + agents + " agents)");
    }

    private static List<Path> migrations(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the router's migrations in " + folder, e);
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** Runs a client tool to its end and returns its output; fails with the output when it exits non-zero. */
    private static String exec(String name, List<String> command, Connection connection, Path workDir) {
        Path log = workDir.toAbsolutePath().resolve(name + ".log");
        try (ServiceProcess tool = ServiceProcess.start(name, command, connection.environment(), log, line -> { })) {
            if (!tool.endsWithin(Duration.ofMinutes(10))) {
                throw new IllegalStateException(name + " did not finish within 10 minutes");
            }
            String output = Files.readString(log);
            if (tool.exitCode() != 0) {
                throw new IllegalStateException(name + " exited with " + tool.exitCode() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the database is, the way psql and pgbench read it (PGHOST, PGPORT, PGUSER, PGPASSWORD). */
    private record Connection(String database, Map<String, String> environment) {

        static Connection of(PostgresDatabase database) {
            Map<String, String> env = new java.util.HashMap<>();
            for (String name : List.of("PGHOST", "PGPORT", "PGUSER")) {
                String value = System.getenv(name);
                env.put(name, value == null || value.isBlank() ? defaults(name) : value);
            }
            if (!database.password().isEmpty()) {
                env.put("PGPASSWORD", database.password());
            }
            return new Connection(database.name(), Map.copyOf(env));
        }

        List<String> psql() {
            return List.of("psql", "-v", "ON_ERROR_STOP=1", "-d", database);
        }

        List<String> arguments() {
            return List.of(database);
        }

        private static String defaults(String name) {
            return switch (name) {
                case "PGHOST" -> "127.0.0.1";
                case "PGPORT" -> "5432";
                default -> "postgres";
            };
        }
    }
}
