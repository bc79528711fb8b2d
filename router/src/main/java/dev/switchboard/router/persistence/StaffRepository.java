package dev.switchboard.router.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Presence;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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
            SELECT %s FROM agents a
            WHERE CAST(:primary AS text) = ''
               OR EXISTS (SELECT 1 FROM jsonb_object_keys(a.languages) k
                          WHERE split_part(lower(k), '-', 1) = CAST(:primary AS text))
            ORDER BY a.id""".formatted(AgentRows.COLUMNS);

    /** Agents not offline who hold an offer or a conversation: the ones a shift end can take work from. */
    public Uni<List<String>> holdingWork() {
        return getSession().chain(s -> s.createNativeQuery(HOLDING_WORK, String.class).getResultList());
    }

    /**
     * Agents who speak the primary language given, at any level, whatever their presence; all for null. Read to
     * estimate, not to change: they are not in the session.
     */
    public Uni<List<AgentEntity>> speakersOf(String primaryLanguage) {
        return getSession().chain(s -> s.createNativeQuery(SPEAKERS, Object[].class)
                .setParameter("primary", primaryLanguage == null ? "" : primaryLanguage)
                .getResultList())
                .map(rows -> rows.stream().map(row -> AgentRows.agent(row, 0)).toList());
    }

    public Uni<Long> available() {
        return count("presence", Presence.AVAILABLE);
    }
}
