package dev.switchboard.router.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Presence;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Questions about the agents as a workforce: who holds work, who speaks a language, how many are available. */
@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<AgentEntity, String> {

    private static final String HOLDING_WORK = """
            SELECT DISTINCT a.id FROM agents a
            JOIN conversations c ON c.assigned_agent_id = a.id AND c.status IN ('OFFERED', 'ASSIGNED')
            WHERE a.presence <> 'OFFLINE'
            ORDER BY a.id""";

    private static final String SPEAKERS = """
            SELECT a.id FROM agents a
            WHERE CAST(:primary AS text) = ''
               OR EXISTS (SELECT 1 FROM jsonb_object_keys(a.languages) k
                          WHERE split_part(lower(k), '-', 1) = CAST(:primary AS text))
            ORDER BY a.id""";

    /** Agents not offline who hold an offer or a conversation: the ones a shift end can take work from. */
    public Uni<List<String>> holdingWork() {
        return getSession().chain(s -> s.createNativeQuery(HOLDING_WORK, String.class).getResultList());
    }

    /** Agents who speak the primary language given, at any level, whatever their presence; all for null. */
    public Uni<List<AgentEntity>> speakersOf(String primaryLanguage) {
        return getSession().chain(s -> s.createNativeQuery(SPEAKERS, String.class)
                .setParameter("primary", primaryLanguage == null ? "" : primaryLanguage)
                .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<AgentEntity>of())
                        : list("id in ?1", Sort.by("id"), ids));
    }

    public Uni<Long> available() {
        return count("presence", Presence.AVAILABLE);
    }
}
