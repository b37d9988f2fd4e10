package org.conferencedesk.awards.io;

import java.util.List;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.pdf.UndrawableText;

/**
 * An award document (the running order, certificates) was not written; {@link #sentence(java.util.Locale)}
 * says why and what to do in the user's language (bundle {@code i18n/awarddocs}). Nothing was written.
 */
public final class AwardDocumentException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<UndrawableText> undrawable;

    /** A refusal: {@code key} in the {@code awarddocs} bundle with its arguments. */
    public AwardDocumentException(String key, Object... arguments) {
        this((Throwable) null, List.of(), key, arguments);
    }

    /** A refusal caused by {@code cause} (for the log). */
    public AwardDocumentException(Throwable cause, String key, Object... arguments) {
        this(cause, List.of(), key, arguments);
    }

    /** Certificates refused because these texts hold characters no bundled font draws. */
    static AwardDocumentException undrawable(List<UndrawableText> texts) {
        String list = String.join("; ", texts.stream().map(UndrawableText::toString).toList());
        return new AwardDocumentException((Throwable) null, texts, "certificates.undrawable", texts.size(), list);
    }

    private AwardDocumentException(Throwable cause, List<UndrawableText> undrawable, String key, Object... arguments) {
        super(cause, "awarddocs", key, arguments);
        this.undrawable = List.copyOf(undrawable);
    }

    /** The texts that cannot be drawn, when that is why certificates were refused; else empty. */
    public List<UndrawableText> undrawable() {
        return undrawable;
    }
}
