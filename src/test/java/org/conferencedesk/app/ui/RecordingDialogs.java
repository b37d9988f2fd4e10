package org.conferencedesk.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.DialogService;

/** Records what view models tell the user; answers questions with a fixed answer. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String question) {
        return answer;
    }
}
