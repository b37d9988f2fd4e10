package org.conferencedesk.exhibitors;

import java.util.List;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * An exhibitor, hall, booth, booking, rate or deposit could not be saved or removed;
 * {@link #sentence(java.util.Locale)} says why and what to do, in the user's language (bundle
 * {@code exhibitors}). Nothing was changed.
 */
public class ExhibitorException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** The record breaks its rules (at least one problem, each naming its field). */
    public ExhibitorException(List<? extends FieldProblem<?>> problems) {
        super(problems);
    }

    /** Something not tied to one field: {@code key} in the {@code exhibitors} bundle with its arguments. */
    public ExhibitorException(String key, Object... arguments) {
        super(ExhibitorField.LABEL_AREA, key, arguments);
    }

    /** Throws the refusal for {@code problems} if there is any; returns if there is none. */
    public static void refuseIfAny(List<? extends FieldProblem<?>> problems) {
        if (!problems.isEmpty()) {
            throw new ExhibitorException(problems);
        }
    }
}
