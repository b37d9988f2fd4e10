package org.conferencedesk.shared.ui;

import javafx.beans.value.ObservableStringValue;

/**
 * One line of live figures in the status bar, contributed by a {@link Screen} for its records
 * ("已签约 30 个 · 536.3 亿元 · 计划 0 个", "嘉宾 326 人 · 已签到 127"): text in the window's
 * language that follows the live data without re-reading the database.
 */
public interface StatusFigure extends AutoCloseable {

    /** The figures now, and as they change (empty to show nothing). */
    ObservableStringValue text();

    /** Stops following the live data (the window is rebuilt or closed). */
    @Override
    void close();
}
