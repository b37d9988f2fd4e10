package org.conferencedesk.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The one {@link DialogService} fake of the tests: records every sentence shown and every question
 * asked (and whether it was a destructive one), and answers questions with {@link #answer}.
 */
public final class RecordingDialogs implements DialogService {

    /** The error sentences shown, in order. */
    public final List<String> errors = new ArrayList<>();
    /** The titles of the errors shown, in order. */
    public final List<String> errorTitles = new ArrayList<>();
    /** The information sentences shown, in order. */
    public final List<String> information = new ArrayList<>();
    /** Every question asked (plain and destructive), in order. */
    public final List<String> questions = new ArrayList<>();
    /** The questions asked before destroying or replacing data, in order. */
    public final List<String> destructiveQuestions = new ArrayList<>();
    /** The action buttons of the destructive questions ("Delete", "Merge" …), in order. */
    public final List<String> destructiveActions = new ArrayList<>();
    /** The answer to every question. */
    public boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errorTitles.add(title);
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(question);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String question, String action) {
        destructiveQuestions.add(question);
        destructiveActions.add(action);
        return confirm(title, question);
    }
}
