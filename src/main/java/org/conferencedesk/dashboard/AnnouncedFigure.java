package org.conferencedesk.dashboard;

import java.util.Objects;

/**
 * A headline figure an event announced, as it was stated (sql/V31): "30 projects" of
 * {@code contracts.closing.count}, "536.3 亿元" of {@code contracts.closing.amount}, "320+ guests" of
 * {@code guests.total}.
 *
 * @param id database id, or null before it is saved
 * @param eventId the event
 * @param key which figure of the data it states
 * @param statement the statement as written, up to {@value AnnouncedStatement#MAX_LENGTH} characters
 *        (read by {@link AnnouncedStatement#parse})
 * @param source where it was announced ("闭幕新闻稿 2020-11-28"), up to 500 characters, optional
 * @param position its place in the event's list, from 1; 0 to put a new one last
 */
public record AnnouncedFigure(Long id, long eventId, FigureKey key, String statement, String source, int position) {

    /** Longest source kept (column {@code announced_figure.source}). */
    public static final int SOURCE_LENGTH = 500;

    /** Checks the required parts (NullPointerException otherwise). */
    public AnnouncedFigure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statement, "statement");
    }

    /** A new announced figure of the event, put last. */
    public static AnnouncedFigure of(long eventId, FigureKey key, String statement, String source) {
        return new AnnouncedFigure(null, eventId, key, statement, source, 0);
    }

    /** The statement read for the figure's unit. */
    public AnnouncedStatement read() {
        return AnnouncedStatement.parse(statement, key.name().unit());
    }

    /** A copy with the given id and place (after insert). */
    public AnnouncedFigure stored(long newId, int newPosition) {
        return new AnnouncedFigure(newId, eventId, key, statement, source, newPosition);
    }
}
