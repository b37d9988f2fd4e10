package org.conferencedesk.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.conferencedesk.shared.TaskExecutor;

/**
 * For TestFX tests: runs work at once on the calling thread (the FX thread when a user action
 * started it), so a test never waits for a pool; change notifications from other threads still
 * reach the FX thread through {@link Platform#runLater}.
 */
final class SameThreadFxExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
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
