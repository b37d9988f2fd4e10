package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.conferencedesk.storage.AuditEntry;

/**
 * What changed since a snapshot, figure by figure, with the records that changed each figure.
 *
 * @param snapshot the snapshot
 * @param changes the figures that differ, in the order of the figures now (then those only the snapshot has)
 * @param entries every audit entry of the event since the snapshot was taken, oldest first
 */
public record SnapshotChanges(FigureSnapshot snapshot, List<FigureChange> changes, List<AuditEntry> entries) {

    /** Copies the lists. */
    public SnapshotChanges {
        Objects.requireNonNull(snapshot, "snapshot");
        changes = List.copyOf(changes);
        entries = List.copyOf(entries);
    }

    /** True if every figure is as frozen. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The figures of {@code now} that differ from {@code snapshot}; for each, the entries of
     * {@code since} that touch it. Values are compared as numbers (30 and "30" are equal).
     *
     * @param since the event's audit entries at or after the snapshot's time, oldest first
     */
    public static SnapshotChanges between(FigureSnapshot snapshot, EventFigures now, List<AuditEntry> since) {
        Map<String, String> then = snapshot.values();
        Map<String, Figure> current = new LinkedHashMap<>();
        now.figures().forEach(f -> current.put(f.key().toString(), f));
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(then.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String k : keys) {
            BigDecimal before = then.containsKey(k) ? new BigDecimal(then.get(k)) : null;
            BigDecimal after = current.containsKey(k) ? current.get(k).value() : null;
            if (before != null && after != null && before.compareTo(after) == 0) {
                continue;
            }
            if (before == null && after != null && after.signum() == 0 || after == null && before != null && before.signum() == 0) {
                // A breakdown entry appearing or leaving at zero is no change of a figure.
                continue;
            }
            Optional<FigureKey> key = current.containsKey(k) ? Optional.of(current.get(k).key()) : FigureKey.parse(k);
            List<AuditEntry> causes = key.map(fk -> since.stream().filter(fk.name()::touchedBy).toList()).orElse(List.of());
            changes.add(new FigureChange(k, key.orElse(null), before, after, causes));
        }
        return new SnapshotChanges(snapshot, changes, since);
    }
}
