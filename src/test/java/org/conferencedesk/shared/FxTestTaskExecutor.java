package org.conferencedesk.shared;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * For UI tests: runs work at once on the calling thread (the FX thread when a robot types), and
 * hands results and change notifications to the FX thread (directly when already on it), so that a
 * service called from the test thread still updates the screen on the FX thread.
 */
public final class FxTestTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            runOnUiThread(() -> onFailure.accept(e));
            return;
        }
        runOnUiThread(() -> onSuccess.accept(result));
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
