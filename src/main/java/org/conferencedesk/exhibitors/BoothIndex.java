package org.conferencedesk.exhibitors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The halls, booths and booked days of one event held in memory, to look booths up by the codes a
 * file writes and to tell who holds them: what an import checks its rows against (in the pipeline's
 * check) and again in its saving transaction. Codes are compared by {@link Hall#codeKey} (case, width
 * and spaces folded; "0012" keeps its zeros). Not thread-safe.
 */
public final class BoothIndex {

    private final Map<String, Hall> hallsByKey = new LinkedHashMap<>();
    private final Map<Long, Hall> hallsById = new HashMap<>();
    /** Booth code key → the booths with that code, in any hall. */
    private final Map<String, List<Booth>> boothsByKey = new HashMap<>();
    private final Map<Long, List<Booth>> boothsByHall = new HashMap<>();
    /** Booth id → day → the exhibitor holding it. */
    private final Map<Long, Map<LocalDate, Long>> held = new HashMap<>();

    private BoothIndex() {
    }

    /** The index of these halls, booths and booked days. */
    public static BoothIndex of(List<Hall> halls, List<Booth> booths, List<Booking.Day> days) {
        BoothIndex index = new BoothIndex();
        halls.forEach(index::addHall);
        booths.forEach(index::addBooth);
        days.forEach(d -> index.hold(d.boothId(), d.exhibitorId(), d.day(), d.day()));
        return index;
    }

    /** Adds a hall (saved, or about to be: its id may be null). */
    public void addHall(Hall hall) {
        hallsByKey.put(Hall.codeKey(hall.code()), hall);
        if (hall.id() != null) {
            hallsById.put(hall.id(), hall);
        }
    }

    /** Adds a booth (its hall added before). */
    public void addBooth(Booth booth) {
        boothsByKey.computeIfAbsent(Hall.codeKey(booth.code()), k -> new ArrayList<>(1)).add(booth);
        boothsByHall.computeIfAbsent(booth.hallId(), k -> new ArrayList<>()).add(booth);
    }

    /** The hall with this code, or null. */
    public Hall hall(String code) {
        return code == null ? null : hallsByKey.get(Hall.codeKey(code));
    }

    /** The booths of the hall with this id. */
    public List<Booth> boothsIn(long hallId) {
        return boothsByHall.getOrDefault(hallId, List.of());
    }

    /**
     * The booth with code {@code boothCode} in the hall {@code hallCode}, or in whichever hall has it
     * when {@code hallCode} is null.
     *
     * @throws ExhibitorException {@code import.noSuchHall} (naming the event's halls),
     *         {@code import.noSuchBooth} / {@code import.noSuchBoothInHall}, or {@code import.boothInHalls} when several halls have such a
     *         booth and no hall is given
     */
    public Booth booth(String hallCode, String boothCode) {
        Hall hall = null;
        if (hallCode != null) {
            hall = hall(hallCode);
            if (hall == null) {
                throw new ExhibitorException("import.noSuchHall", hallCode.strip(),
                        hallsByKey.values().stream().map(Hall::code).collect(Collectors.joining(", ")));
            }
        }
        List<Booth> found = new ArrayList<>(boothsByKey.getOrDefault(Hall.codeKey(boothCode), List.of()));
        if (hall != null) {
            long hallId = hall.id() == null ? -1 : hall.id();
            found.removeIf(b -> b.hallId() != hallId);
        }
        if (found.isEmpty()) {
            throw hall == null ? new ExhibitorException("import.noSuchBooth", boothCode.strip())
                    : new ExhibitorException("import.noSuchBoothInHall", boothCode.strip(), hall.code());
        }
        if (found.size() > 1) {
            throw new ExhibitorException("import.boothInHalls", boothCode.strip(), found.stream()
                    .map(b -> hallsById.containsKey(b.hallId()) ? hallsById.get(b.hallId()).code() : "?")
                    .collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** The exhibitor other than {@code exhibitorId} holding the booth on a day from {@code from} to {@code to}, or null. */
    public Long otherHolder(long boothId, long exhibitorId, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = held.get(boothId);
        if (days == null) {
            return null;
        }
        for (Map.Entry<LocalDate, Long> d : days.entrySet()) {
            if (d.getValue() != exhibitorId && !d.getKey().isBefore(from) && !d.getKey().isAfter(to)) {
                return d.getValue();
            }
        }
        return null;
    }

    /** Records the booth as held by the exhibitor from {@code from} to {@code to} (both included). */
    public void hold(long boothId, long exhibitorId, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = held.computeIfAbsent(boothId, k -> new HashMap<>());
        from.datesUntil(to.plusDays(1)).forEach(d -> days.put(d, exhibitorId));
    }
}
