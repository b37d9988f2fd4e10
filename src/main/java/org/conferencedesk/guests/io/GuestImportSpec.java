package org.conferencedesk.guests.io;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestMerging;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.HeaderVocabulary;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ImportSpec;
import org.conferencedesk.importexport.RecordImport;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Guests as the import pipeline ({@link org.conferencedesk.importexport.ImportService}) reads them:
 * the headers of {@link GuestHeaders}, the name required, rows converted by {@link GuestRowConverter}
 * in the event's time zone, and saved by {@link GuestService#importGuests(long, String, Consumer)}.
 *
 * <p>"Already there" is asked, not refused: a row that looks like a guest of the event
 * ({@link GuestDuplicates.Index}: same name once spacing, width, middle dots … are folded, same
 * e-mail, same phone) or like an earlier row of the file ({@link GuestDuplicates.InFile}) is a {@link Duplicate} the user answers with
 * skip, merge ({@link GuestMerging}: existing values kept, empty ones filled, clashes into the notes)
 * or add. A row matching by name only is a weak match: a general "merge" adds it.
 */
public final class GuestImportSpec implements ImportSpec<Guest, GuestField> {

    private final GuestService guests;
    private final EventService events;

    /**
     * @param guests the guest list imported into
     * @param events the events (for their time zone)
     */
    public GuestImportSpec(GuestService guests, EventService events) {
        this.guests = guests;
        this.events = events;
    }

    @Override
    public String name() {
        return "guests";
    }

    @Override
    public String bundle() {
        return "guests";
    }

    @Override
    public HeaderVocabulary<GuestField> headers() {
        return GuestHeaders.VOCABULARY;
    }

    @Override
    public Set<GuestField> required() {
        return EnumSet.of(GuestField.FULL_NAME);
    }

    @Override
    public GuestField nameField() {
        return GuestField.FULL_NAME;
    }

    @Override
    public RecordImport<Guest, GuestField> start(long eventId, Locale locale) {
        ZoneId zone = events.find(eventId).map(Event::timeZone).orElse(Event.DEFAULT_TIME_ZONE);
        return new Run(eventId, new GuestRowConverter(eventId, guests.categories(eventId), zone, locale));
    }

    @Override
    public int write(long eventId, String source, Consumer<RecordBatch<Guest>> rows) {
        return guests.importGuests(eventId, source, rows);
    }

    @Override
    public Set<DuplicateAction> duplicateActions() {
        return EnumSet.allOf(DuplicateAction.class);
    }

    @Override
    public Guest merge(Guest into, Guest row, Locale locale) {
        try {
            return GuestMerging.merge(into, List.of(row), locale);
        } catch (org.conferencedesk.guests.GuestException e) {
            throw new IllegalArgumentException(e.sentence(locale), e);
        }
    }

    @Override
    public String displayName(Guest guest) {
        return guest.fullName();
    }

    @Override
    public String describe(Duplicate<Guest> d, Locale locale, boolean full) {
        Messages words = Messages.of("guests", locale);
        String reasons = d.reasons().stream().map(GuestDuplicates.Reason::valueOf).sorted()
                .map(r -> words.get("io.duplicate.reason." + r.name()))
                .collect(Collectors.joining(words.get("io.duplicate.reasonSeparator")));
        if (d.inFile()) {
            return full ? words.get("io.duplicate.inFile", d.incoming().fullName(), d.earlierLine(), reasons)
                    : words.get("io.duplicate.short.inFile", d.earlierLine(), reasons);
        }
        Guest e = d.existing();
        List<String> about = new ArrayList<>();
        for (String s : new String[] {e.organisation(), e.email(), e.phone()}) {
            if (s != null && !s.isBlank()) {
                about.add(s);
            }
        }
        if (full) {
            return words.get("io.duplicate.existing", d.incoming().fullName(), e.fullName(),
                    about.isEmpty() ? "—" : String.join(", ", about), reasons);
        }
        about.add(0, e.fullName());
        return words.get("io.duplicate.short.existing", String.join(", ", about), reasons);
    }

    /** One import: the converter and the guests the rows are compared with. */
    private final class Run implements RecordImport<Guest, GuestField> {
        private final long eventId;
        private final GuestRowConverter converter;
        private GuestDuplicates.Index existing;
        private final GuestDuplicates.InFile earlier = new GuestDuplicates.InFile();
        /** Per good row (its number among them): its line. */
        private int[] lines = new int[1024];
        private int count;

        Run(long eventId, GuestRowConverter converter) {
            this.eventId = eventId;
            this.converter = converter;
        }

        @Override
        public Guest convert(ImportRow<GuestField> row) {
            return converter.convert(row);
        }

        @Override
        public Duplicate<Guest> check(Guest guest, ImportRow<GuestField> row) {
            if (existing == null) {
                existing = GuestDuplicates.index(guests.list(eventId));
            }
            GuestDuplicates.Keys keys = GuestDuplicates.Keys.of(guest);
            int ordinal = count++;
            if (ordinal == lines.length) {
                lines = Arrays.copyOf(lines, ordinal * 2);
            }
            lines[ordinal] = row.line();
            // Every row is added to the file's groups, also one that looks like a guest of the event.
            GuestDuplicates.InFile.Earlier inFile = earlier.add(keys);
            GuestDuplicates.Match match = existing.match(ordinal, keys);
            if (match != null) {
                return new Duplicate<>(row.line(), guest, match.existing().get(0), 0, names(match.reasons()), match.nameOnly());
            }
            if (inFile != null) {
                return new Duplicate<>(row.line(), guest, null, lines[inFile.ordinal()], names(inFile.reasons()),
                        inFile.reasons().equals(Set.of(GuestDuplicates.Reason.SAME_NAME)));
            }
            return null;
        }

        private static Set<String> names(Set<GuestDuplicates.Reason> reasons) {
            return reasons.stream().map(Enum::name).collect(Collectors.toSet());
        }
    }
}
