package dev.switchboard.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.switchboard.local.demo.DemoDesk;
import dev.switchboard.local.demo.DemoSeeder;
import dev.switchboard.local.process.ConsoleLog;
import dev.switchboard.local.process.KafkaProcess;
import dev.switchboard.testkit.KraftSettings;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.TokenIssuer;

/**
 * Runs the whole of Switchboard on this machine: checks what it needs, starts a Kafka broker and every service as
 * child processes, waits until each is ready, prints where everything is, and on Ctrl-C stops the services and then
 * the broker. Started by {@code deploy/local/switchboard}, which builds what is missing first.
 */
public final class Launcher {

    private static final Duration BROKER_READY = Duration.ofSeconds(60);
    private static final Duration SERVICE_READY = Duration.ofSeconds(120);
    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration BROKER_GRACE = Duration.ofSeconds(30);

    private final ConsoleLog console;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile ServiceProcess broker;
    private volatile DemoDesk desk;

    Launcher(ConsoleLog console) {
        this.console = console;
    }

    public static void main(String[] args) {
        // Before any Kafka client class logs: the launcher's own admin client has nothing to say below errors.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        if (LaunchOptions.wantsHelp(args)) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        Launcher launcher = new Launcher(new ConsoleLog(System.out));
        try {
            launcher.run(LaunchOptions.parse(args, System.getenv(), repository()));
            launcher.awaitStop();
        } catch (LaunchException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    void run(LaunchOptions options) {
        check(options);
        LocalSecrets secrets = LocalSecrets.openOrCreate(options.data().resolve("keys"));
        // From here on children exist: Ctrl-C, a failure or a child's death all end in stop().
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "switchboard-stop"));
        KraftSettings kafka = startBroker(options);
        startServices(options, new ServiceEnvironment(kafka.bootstrapServers(),
                new ServiceEnvironment.Datasource(options.postgres().reactiveUrl(options.database()),
                        options.postgres().jdbcUrl(options.database()), options.postgres().user(),
                        options.postgres().password()),
                secrets.publicKeyFile(), TokenIssuer.ISSUER, secrets.connectorApiKey()));

        console.block("\n" + table(options, kafka).render());
        console.say("Connector API key (header X-Api-Key) for the ingest services: in "
                + options.data().resolve("keys/connector-api-key"));
        if (options.demo()) {
            desk = new DemoSeeder(console, secrets.tokens(), secrets.connectorApiKey(), options::port).run();
        }
        console.say("Switchboard is running. Ctrl-C stops it.");
    }

    private static void check(LaunchOptions options) {
        Preflight preflight = new Preflight();
        preflight.requireJava(Runtime.version().feature());
        preflight.requireWritableFolder(options.data());
        preflight.requireFreePorts(portsNeeded(options));
        for (LocalService service : LocalService.values()) {
            preflight.requireBuilt(service.runJar(options.repository()), service.module());
        }
        preflight.ensureDatabase(options.postgres(), options.database());
    }

    private KraftSettings startBroker(LaunchOptions options) {
        KraftSettings kafka = new KraftSettings(options.kafkaPort(), options.controllerPort(),
                options.data().resolve("kafka").resolve("data"));
        console.say("Starting the Kafka broker on " + kafka.bootstrapServers());
        broker = KafkaProcess.start(kafka, logFile(options.data(), KafkaProcess.NAME), line -> {
            if (KafkaProcess.worthShowing(line)) {
                console.line(KafkaProcess.NAME, line);
            }
        });
        KafkaProcess.awaitReady(broker, kafka.bootstrapServers(), BROKER_READY);
        watch(broker);
        return kafka;
    }

    /** Starts every service at once (they start faster side by side), then waits for each to be ready. */
    private void startServices(LaunchOptions options, ServiceEnvironment environment) {
        console.say("Starting " + LocalService.values().length + " services");
        for (LocalService service : LocalService.values()) {
            services.add(ServiceProcess.start(service.module(),
                    service.command(options.repository()),
                    environment.forService(options.port(service), options.port(LocalService.ROUTER)),
                    logFile(options.data(), service.module()),
                    line -> console.line(service.module(), line)));
        }
        for (LocalService service : LocalService.values()) {
            try {
                process(service).awaitReady(options.port(service), SERVICE_READY);
            } catch (ServiceProcess.NotReady e) {
                throw new LaunchException(e.getMessage());
            }
        }
        services.forEach(this::watch);
    }

    /** Stops the services, then the broker they depend on; runs once, from the shutdown hook. */
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (desk != null) {
            desk.close();
        }
        if (!services.isEmpty()) {
            console.say("Stopping the services");
            ServiceProcess.stopAll(new ArrayList<>(services), SERVICE_GRACE);
        }
        if (broker != null) {
            console.say("Stopping the Kafka broker");
            broker.stop(BROKER_GRACE);
        }
        console.say("Stopped.");
        stopped.countDown();
    }

    /** Keeps the launcher alive while the system runs; Ctrl-C runs {@link #stop()} from the shutdown hook. */
    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A child that ends while nobody asked it to takes the rest down with it: a half system only confuses. */
    private void watch(ServiceProcess child) {
        child.onExit().thenAccept(ended -> {
            if (!stopping.get()) {
                console.say(ended.name() + " stopped unexpectedly (exit code " + ended.exitCode() + "); its log is "
                        + ended.logFile() + ". Stopping the rest.");
                System.exit(1);
            }
        });
    }

    private ServiceProcess process(LocalService service) {
        return services.stream().filter(p -> p.name().equals(service.module())).findFirst().orElseThrow();
    }

    private static List<Preflight.PortUse> portsNeeded(LaunchOptions options) {
        List<Preflight.PortUse> ports = new ArrayList<>();
        ports.add(new Preflight.PortUse(options.kafkaPort(), "Kafka", "pass --kafka-port"));
        ports.add(new Preflight.PortUse(options.controllerPort(), "Kafka controller",
                "pass --kafka-port (the controller takes the port after it)"));
        for (LocalService service : LocalService.values()) {
            ports.add(new Preflight.PortUse(options.port(service), service.module(), "set " + service.portVariable()));
        }
        return ports;
    }

    private StatusTable table(LaunchOptions options, KraftSettings kafka) {
        StatusTable table = new StatusTable();
        table.add(KafkaProcess.NAME, options.kafkaPort(), kafka.bootstrapServers(), broker.logFile().toString());
        for (LocalService service : LocalService.values()) {
            int port = options.port(service);
            String url = service == LocalService.AGENT_GATEWAY
                    ? "ws://127.0.0.1:" + port + "/v1/agent/socket"
                    : "http://127.0.0.1:" + port;
            table.add(service.module(), port, url, process(service).logFile().toString());
        }
        table.add("postgresql", options.postgres().port(), options.postgres().jdbcUrl(options.database()), "-");
        return table;
    }

    private static Path logFile(Path data, String name) {
        return data.resolve("logs").resolve(name + ".log");
    }

    /** The repository root: the script passes it; otherwise the working directory. */
    private static Path repository() {
        return Path.of(System.getProperty("switchboard.home", ".")).toAbsolutePath().normalize();
    }
}
