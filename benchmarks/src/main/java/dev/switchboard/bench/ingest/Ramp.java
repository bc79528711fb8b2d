package dev.switchboard.bench.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.switchboard.testkit.ServiceProcess;

/** Warms an endpoint up, then offers each rate in turn until one does not hold (after its retries). */
public final class Ramp {

    private final RampOptions options;
    private final PrintStream progress;

    public Ramp(RampOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    public RampResult run(String endpoint, OpenLoopDriver driver, ServiceProcess service) {
        progress.printf("%s: warm-up, %d req/s for %d s%n", endpoint, options.warmupRate(),
                options.warmup().toSeconds());
        driver.offer(options.warmupRate(), options.warmup());
        List<StepResult> steps = new ArrayList<>();
        for (int rate : options.rates()) {
            StepResult step = step(endpoint, driver, service, rate);
            for (int retry = 0; retry < options.retries() && !step.holds(options); retry++) {
                step = step(endpoint, driver, service, rate);
            }
            steps.add(step);
            if (!step.holds(options)) {
                break;
            }
        }
        return RampResult.of(endpoint, steps, options);
    }

    private StepResult step(String endpoint, OpenLoopDriver driver, ServiceProcess service, int rate) {
        CpuSplit.Sample before = CpuSplit.Sample.take(service.handle());
        LatencyRecorder recorder = driver.offer(rate, options.step());
        StepResult step = StepResult.of(rate, options.step(), recorder,
                before.until(CpuSplit.Sample.take(service.handle())));
        progress.println(endpoint + ": " + BenchReport.stepLine(step, options));
        return step;
    }
}
