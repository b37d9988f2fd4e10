package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.DialogService;

/** A dialog service for tests: records every sentence and answers questions with a preset answer. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(question);
        return answer;
    }
}
