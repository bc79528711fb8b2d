package dev.switchboard.router.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.language.LanguageDecider;
import dev.switchboard.router.language.LinguaScores;
import dev.switchboard.router.persistence.AgentRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The language decider for the languages agents speak now. Building one loads statistical models (seconds, the
 * first time), so it is kept and rebuilt only when the set of spoken languages changes, on a worker thread: the
 * event loop never waits on it, and the caller resumes on its own Vert.x context, as Hibernate Reactive needs.
 */
@ApplicationScoped
public class LanguageDecisions {

    private final AgentRepository agents;
    private final String defaultLanguage;
    private final LinguaScores.Mode accuracy;
    private final AtomicReference<Built> built = new AtomicReference<>();

    public LanguageDecisions(AgentRepository agents, RouterSettings settings) {
        this.agents = agents;
        this.defaultLanguage = settings.defaultLanguage();
        this.accuracy = settings.languageAccuracy();
    }

    /** In the caller's session. */
    public Uni<LanguageDecider> current() {
        return agents.spokenLanguages().chain(tags -> {
            Set<String> served = primaries(tags);
            Built now = built.get();
            if (now != null && now.served.equals(served)) {
                return Uni.createFrom().item(now.decider);
            }
            return offTheEventLoop(served).invoke(decider -> built.set(new Built(served, decider)));
        });
    }

    private Uni<LanguageDecider> offTheEventLoop(Set<String> served) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> new LanguageDecider(served, defaultLanguage, accuracy));
        }
        return Uni.createFrom().completionStage(() -> context
                .executeBlocking(() -> new LanguageDecider(served, defaultLanguage, accuracy), false).toCompletionStage());
    }

    private static Set<String> primaries(List<String> tags) {
        Set<String> primaries = new HashSet<>();
        for (String tag : tags) {
            int dash = tag.indexOf('-');
            primaries.add((dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(primaries);
    }

    private record Built(Set<String> served, LanguageDecider decider) {
    }
}
