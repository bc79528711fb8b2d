package dev.switchboard.router.persistence;

import java.util.List;

/** An agent's teams, stored as {"names": [...]}: Hibernate Reactive maps a JSON object here, not a bare array. */
public record TeamNames(List<String> names) {

    public TeamNames {
        names = names == null ? List.of() : List.copyOf(names);
    }
}
