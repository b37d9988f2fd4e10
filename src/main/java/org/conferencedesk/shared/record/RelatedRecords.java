package org.conferencedesk.shared.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What other features hold about one record: the exhibitors a guest is the contact person for, the
 * award nominations of a guest or an exhibitor. A feature answers for its own tables (through its own
 * service, so names are read as they are now); the composition root registers each answer here; a
 * screen asks it for the record it shows, and so shows a linked record without knowing its feature
 * ("linked records are one record, shown on both screens", issues 12 and 13; docs/decisions/0027).
 *
 * <p>Called off the JavaFX thread (it reads the database).
 */
public interface RelatedRecords {

    /**
     * One related record, as a line the user reads and can open.
     *
     * @param text what it is, in the asked language ("展商联系人：南京埃斯顿自动化股份有限公司")
     * @param recordType the record type of the related record, as its audit trail names it
     *                   ({@code "guest"}, {@code "exhibitor"}, {@code "awardCategory"}): the screen showing
     *                   that type opens it
     * @param recordId its id
     */
    record Line(String text, String recordType, long recordId) {

        /** Checks the text and the type are present. */
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(recordType, "recordType");
        }
    }

    /**
     * The records related to one record of the event.
     *
     * @param eventId the event the record belongs to
     * @param recordType its type ({@code "guest"}, {@code "exhibitor"})
     * @param recordId its id
     * @param locale the language of the lines
     * @return the lines, in the order the provider keeps them (empty for a type it knows nothing of)
     */
    List<Line> of(long eventId, String recordType, long recordId, Locale locale);

    /** Nothing is related (tests, tools). */
    RelatedRecords NONE = (eventId, recordType, recordId, locale) -> List.of();

    /**
     * Every answer registered by the features, asked in the order registered. Registered once by the
     * composition root; safe to read from any thread.
     */
    final class Registry implements RelatedRecords {

        private final List<RelatedRecords> providers = new CopyOnWriteArrayList<>();

        /** An empty registry. */
        public Registry() {
        }

        /** Adds a feature's answer; returns this registry. */
        public Registry add(RelatedRecords provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        @Override
        public List<Line> of(long eventId, String recordType, long recordId, Locale locale) {
            List<Line> lines = new ArrayList<>();
            for (RelatedRecords p : providers) {
                lines.addAll(p.of(eventId, recordType, recordId, locale));
            }
            return lines;
        }
    }
}
