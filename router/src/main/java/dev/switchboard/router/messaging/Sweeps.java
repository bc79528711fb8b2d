package dev.switchboard.router.messaging;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.domain.OfferExpiry;
import dev.switchboard.router.domain.QueueService;
import dev.switchboard.router.domain.ShiftEnds;
import dev.switchboard.router.domain.StageProgress;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The router's periodic work, on every instance at once: each step claims its rows with row locks that skip what
 * another instance holds, so instances share the work instead of repeating it. A sweep that fails is logged and
 * tried again at the next tick. Deliveries go out after each step's commit, as for consumed records.
 */
@ApplicationScoped
public class Sweeps {

    private static final Logger LOG = Logger.getLogger(Sweeps.class);

    /** Offers expired per tick at most, so one tick never runs for long; the rest wait for the next. */
    private static final int EXPIRIES_PER_TICK = 200;

    private final OfferExpiry expiry;
    private final QueueService queue;
    private final ShiftEnds shiftEnds;
    private final StageProgress stages;
    private final DeliveryPublisher deliveries;

    public Sweeps(OfferExpiry expiry, QueueService queue, ShiftEnds shiftEnds, StageProgress stages,
            DeliveryPublisher deliveries) {
        this.expiry = expiry;
        this.stages = stages;
        this.queue = queue;
        this.shiftEnds = shiftEnds;
        this.deliveries = deliveries;
    }

    @Scheduled(identity = "offer-expiry", every = "${router.sweep.offers:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expireOffers() {
        Executor context = currentContext();
        return Multi.createBy().repeating().uni(() -> onContext(context, expiry::expireNext))
                .whilst(Optional::isPresent)
                .select().first(EXPIRIES_PER_TICK)
                .onItem().transformToUniAndConcatenate(made -> deliveries.publish(made.orElse(List.of())))
                .collect().last()
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> logged("offer expiry", failure));
    }

    @Scheduled(identity = "queue", every = "${router.sweep.queue:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> serveQueue() {
        Executor context = currentContext();
        return onContext(context, queue::agentsWithRoom)
                .chain(agents -> inTurn(context, agents, queue::serve))
                .onFailure().recoverWithUni(failure -> logged("queue", failure))
                .chain(() -> onContext(context, queue::refreshGauges))
                .onFailure().recoverWithUni(failure -> logged("queue gauges", failure));
    }

    @Scheduled(identity = "shift-ends", every = "${router.sweep.shifts:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> endShifts() {
        Executor context = currentContext();
        return onContext(context, shiftEnds::offShiftWithWork)
                .chain(agents -> inTurn(context, agents, shiftEnds::release))
                .onFailure().recoverWithUni(failure -> logged("shift ends", failure));
    }

    @Scheduled(identity = "stages", every = "${router.sweep.stages:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> advanceStages() {
        Executor context = currentContext();
        return onContext(context, stages::due)
                .chain(conversations -> inTurn(context, conversations, stages::advance))
                .onFailure().recoverWithUni(failure -> logged("bullseye stages", failure));
    }

    /** Each item in its own transaction, one after the other, publishing after each commit. */
    private <T> Uni<Void> inTurn(Executor context, List<T> items, Function<T, Uni<List<Delivery>>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(id -> onContext(context, () -> step.apply(id))
                        .chain(deliveries::publish))
                .collect().last()
                .replaceWithVoid();
    }

    /** Hibernate Reactive needs the Vert.x context the sweep started on, also after a publish completed elsewhere. */
    private static <T> Uni<T> onContext(Executor context, Supplier<Uni<? extends T>> work) {
        return Uni.createFrom().<T>deferred(work).runSubscriptionOn(context);
    }

    private static Executor currentContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    private static Uni<Void> logged(String sweep, Throwable failure) {
        LOG.warnf("The %s sweep failed; it runs again at the next tick: %s", sweep, failure.toString());
        return Uni.createFrom().voidItem();
    }
}
