package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What undoing one merge does to the kept guest, in any order: exactly what that merge added is
 * taken away, and nothing else (decision record 0010). Pure: the service reads the merges and
 * stores the result.
 *
 * <p>The merges into a guest that are not undone, in the order they were made, are the steps. To
 * undo step k, {@link GuestMerging} is run again from the guest as it was before step k: once with
 * steps k, k+1, … ("with") and once with k+1, … only ("without"). Each field of the guest as it is
 * now then becomes its "without" value if it still holds its "with" value; a field that was changed
 * since (an edit, a check-in, an import) keeps what it holds now. The notes are compared line by
 * line: the lines that only "with" has (the notes of the guests merged by step k, its "Also phone: …"
 * lines) are taken out, the lines that only "without" has are added, and lines typed since stay.
 * The later steps' "before" values are worked out the same way, so that each can be undone later
 * with the same exactness. Without edits the result is what merging without step k would have given.
 */
public final class GuestUnmerging {

    private static final String NOTES = GuestField.NOTES.jsonName();

    private GuestUnmerging() {
    }

    /**
     * One merge into the kept guest that is not undone.
     *
     * @param mergeId the merge's id
     * @param before the kept guest's values just before it
     * @param merged the guests it merged in, as stored (hidden, unchanged since)
     * @param notesLocale the language of the lines it wrote into the notes
     */
    public record Step(long mergeId, Guest before, List<Guest> merged, Locale notesLocale) {
        /** Copies the list. */
        public Step {
            merged = List.copyOf(merged);
        }
    }

    /**
     * The result of undoing one step.
     *
     * @param kept the kept guest as it should be stored now
     * @param laterBefore for each later step (by merge id), its new "before" values
     */
    public record Result(Guest kept, Map<Long, Guest> laterBefore) {
    }

    /**
     * Undoes {@code steps.get(index)}.
     *
     * @param current the kept guest as stored now
     * @param steps every merge into it not yet undone, in the order they were made
     * @param index the step to undo
     * @throws IndexOutOfBoundsException if {@code index} is not a step
     */
    public static Result undo(Guest current, List<Step> steps, int index) {
        Step undone = steps.get(index);
        List<Locale> locales = steps.stream().map(Step::notesLocale).distinct().toList();
        Guest with = GuestMerging.replay(undone.before(), undone.merged(), undone.notesLocale());
        Guest without = undone.before();
        Map<Long, Guest> laterBefore = new LinkedHashMap<>();
        for (int j = index + 1; j < steps.size(); j++) {
            Step later = steps.get(j);
            laterBefore.put(later.mergeId(), threeWay(later.before(), with, without, locales));
            with = GuestMerging.replay(with, later.merged(), later.notesLocale());
            without = GuestMerging.replay(without, later.merged(), later.notesLocale());
        }
        return new Result(threeWay(current, with, without, locales), laterBefore);
    }

    /**
     * The language a merge made before sql/V8 wrote its notes lines in: the first of
     * {@code candidates} whose lines, worked out again, are all in the notes of the guest after it
     * ({@code after}: the next merge's "before", or the guest now); the first candidate if none fits.
     */
    public static Locale notesLocaleOf(Guest before, List<Guest> merged, Guest after, List<Locale> candidates) {
        List<String> found = lines(after.notes());
        for (Locale locale : candidates) {
            if (found.containsAll(lines(GuestMerging.replay(before, merged, locale).notes()))) {
                return locale;
            }
        }
        return candidates.get(0);
    }

    /**
     * {@code now} with every field that still holds its {@code with} value set to its {@code without}
     * value; the notes line by line.
     */
    static Guest threeWay(Guest now, Guest with, Guest without, List<Locale> locales) {
        Map<String, String> n = GuestAudit.fields(now);
        Map<String, String> w = GuestAudit.fields(with);
        Map<String, String> wo = GuestAudit.fields(without);
        Map<String, String> out = new LinkedHashMap<>(n);
        Set<GuestField> keptSince = new LinkedHashSet<>();
        for (GuestField field : GuestField.values()) {
            String name = field.jsonName();
            if (field == GuestField.NOTES) {
                continue;
            }
            if (Objects.equals(n.get(name), w.get(name))) {
                out.put(name, wo.get(name));
            } else if (!Objects.equals(w.get(name), wo.get(name))) {
                keptSince.add(field);
            }
        }
        out.put(NOTES, notes(n.get(NOTES), w.get(NOTES), wo.get(NOTES), stillAlso(keptSince, wo, locales)));
        return GuestAudit.fromFields(now.id(), now.eventId(), out).withVersion(now.version());
    }

    /**
     * The "Also …" lines that must stay although only {@code with} has them: for a field changed
     * since that the undone merge had filled, the value the field would otherwise have taken (from a
     * guest merged later) is shown nowhere else.
     */
    private static Set<String> stillAlso(Set<GuestField> keptSince, Map<String, String> without, List<Locale> locales) {
        Set<String> lines = new LinkedHashSet<>();
        for (GuestField field : keptSince) {
            String value = without.get(field.jsonName());
            if (field.isText() && value != null) {
                for (Locale locale : locales) {
                    lines.add(GuestMerging.alsoLine(field, value, locale));
                }
            }
        }
        return lines;
    }

    /**
     * The notes: as {@code without} if untouched since (and no line must stay), otherwise {@code now}
     * less the lines only {@code with} has (but those in {@code keep}), plus those only {@code without} has.
     */
    private static String notes(String now, String with, String without, Set<String> keep) {
        Map<String, Integer> onlyWith = count(lines(with));
        for (String line : lines(without)) {
            onlyWith.computeIfPresent(line, (k, c) -> c == 1 ? null : c - 1);
        }
        boolean keepsALine = onlyWith.keySet().removeAll(keep);
        if (Objects.equals(now, with) && !keepsALine) {
            return without;
        }
        Map<String, Integer> onlyWithout = count(lines(without));
        for (String line : lines(with)) {
            onlyWithout.computeIfPresent(line, (k, c) -> c == 1 ? null : c - 1);
        }
        // From the end: what a merge adds to the notes comes after what was there before it.
        List<String> nowLines = lines(now);
        List<String> out = new ArrayList<>(nowLines.size());
        for (int i = nowLines.size() - 1; i >= 0; i--) {
            String line = nowLines.get(i);
            Integer left = onlyWith.get(line);
            if (left != null) {
                onlyWith.put(line, left - 1);
                onlyWith.remove(line, 0);
            } else {
                out.add(line);
            }
        }
        java.util.Collections.reverse(out);
        for (String line : lines(without)) {
            Integer left = onlyWithout.get(line);
            if (left != null) {
                out.add(line);
                onlyWithout.put(line, left - 1);
                onlyWithout.remove(line, 0);
            }
        }
        String text = String.join("\n", out).strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    private static Map<String, Integer> count(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            counts.merge(line, 1, Integer::sum);
        }
        return counts;
    }
}
