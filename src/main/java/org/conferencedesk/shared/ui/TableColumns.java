package org.conferencedesk.shared.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A record table's columns, the same on every screen: sized from their content (the header and the
 * longest text of the first rows, measured in the table's type) so that names and organisations are
 * not cut where there is room; resizable by the user, who is never overruled; and remembered (width
 * and whether shown) in the user's settings. The table does not squeeze its columns to its width:
 * when they do not fit, it scrolls sideways instead of cutting names. JavaFX thread only.
 */
public final class TableColumns<W> {

    /** Rows measured when sizing (the first ones): enough for a fair width, cheap for 100,000 rows. */
    static final int SAMPLE = 400;
    /** Room for the cell's padding and the sort arrow. */
    private static final double PADDING = 26;

    private final TableView<W> table;
    private final ScreenMemory memory;
    private final String key;
    private final Map<TableColumn<W, ?>, Function<W, String>> texts = new LinkedHashMap<>();
    private double maxWidth = 360;
    private boolean sized;

    private TableColumns(TableView<W> table, ScreenMemory memory, String key) {
        this.table = table;
        this.memory = memory;
        this.key = key;
    }

    /**
     * The columns of {@code table}, remembered under {@code key} ({@code "contracts.table"}).
     * Call {@link #measure} for the text columns, then {@link #install()}.
     */
    public static <W> TableColumns<W> of(TableView<W> table, ScreenMemory memory, String key) {
        return new TableColumns<>(table, memory, key);
    }

    /** Sizes {@code column} from {@code text} of the rows (and its header); other columns keep their width. */
    public TableColumns<W> measure(TableColumn<W, ?> column, Function<W, String> text) {
        texts.put(column, text);
        return this;
    }

    /** No text column is made wider than this by sizing (px); the user may widen it further. */
    public TableColumns<W> maxWidth(double max) {
        this.maxWidth = max;
        return this;
    }

    /**
     * Shows the columns as remembered (hidden ones stay hidden); sizes the others' widths from their
     * content once the table first has rows; from then on remembers each column the user resizes or
     * shows or hides.
     */
    public void install() {
        table.setColumnResizePolicy(features -> {
            Boolean done = TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
            TableColumn<?, ?> resized = features.getColumn();
            if (resized != null && resized.getId() != null) {
                // Only a column the user drags has a column here (a whole-table resize has none).
                memory.put(key + "." + resized.getId() + ".width", String.valueOf(Math.round(resized.getWidth())));
            }
            return done;
        });
        for (TableColumn<W, ?> column : table.getColumns()) {
            if (column.getId() == null) {
                continue;
            }
            String visible = memory.get(key + "." + column.getId() + ".visible");
            if (visible != null) {
                column.setVisible(Boolean.parseBoolean(visible));
            }
            column.visibleProperty().addListener((o, was, now) -> memory.put(key + "." + column.getId() + ".visible",
                    String.valueOf(now)));
        }
        restoreWidths();
        if (!table.getItems().isEmpty()) {
            fitWhenStyled();
        } else {
            table.getItems().addListener(new ListChangeListener<W>() {
                @Override
                public void onChanged(Change<? extends W> c) {
                    if (!table.getItems().isEmpty()) {
                        table.getItems().removeListener(this);
                        fitWhenStyled();
                    }
                }
            });
        }
    }

    /** Fits once the table is shown and styled (its header's font is the one to measure in). */
    private void fitWhenStyled() {
        if (table.getSkin() != null) {
            Platform.runLater(() -> {
                if (!sized) {
                    fit();
                }
            });
            return;
        }
        table.skinProperty().addListener(new ChangeListener<Skin<?>>() {
            @Override
            public void changed(ObservableValue<? extends Skin<?>> o, Skin<?> was, Skin<?> now) {
                if (now != null) {
                    table.skinProperty().removeListener(this);
                    fitWhenStyled();
                }
            }
        });
    }

    /**
     * The font the table's text is drawn in: its header's (as styled: the Chinese family in a Chinese
     * window), else the window's Chinese family or the default font.
     */
    private Font font() {
        Node label = table.lookup(".column-header .label");
        if (label instanceof Labeled l && l.getFont() != null) {
            return l.getFont();
        }
        String family = ChineseFont.familyInUse();
        return Font.font(family != null ? family : Font.getDefault().getFamily(), Font.getDefault().getSize());
    }

    /**
     * Sizes the measured columns from their header and first rows, widens any other column whose
     * header would be cut, then gives every column the user resized before its remembered width.
     */
    public void fit() {
        List<W> rows = table.getItems();
        int n = Math.min(rows.size(), SAMPLE);
        Text probe = new Text();
        probe.setFont(font());
        for (Map.Entry<TableColumn<W, ?>, Function<W, String>> e : texts.entrySet()) {
            TableColumn<W, ?> column = e.getKey();
            double widest = width(probe, column.getText());
            for (int i = 0; i < n; i++) {
                widest = Math.max(widest, width(probe, e.getValue().apply(rows.get(i))));
            }
            column.setPrefWidth(Math.min(maxWidth, Math.max(column.getMinWidth(), Math.ceil(widest + PADDING))));
        }
        // The other columns keep their width, but never cut their own header ("参会方式", "Attendance").
        for (TableColumn<W, ?> column : table.getColumns()) {
            if (!texts.containsKey(column)) {
                column.setPrefWidth(Math.max(column.getPrefWidth(), Math.ceil(width(probe, column.getText()) + PADDING)));
            }
        }
        restoreWidths();
        sized = !rows.isEmpty();
    }

    private void restoreWidths() {
        for (TableColumn<W, ?> column : table.getColumns()) {
            String width = column.getId() == null ? null : memory.get(key + "." + column.getId() + ".width");
            if (width != null) {
                try {
                    column.setPrefWidth(Math.max(column.getMinWidth(), Double.parseDouble(width)));
                } catch (NumberFormatException ignored) {
                    // a hand-edited settings file: the width is sized afresh
                }
            }
        }
    }

    private static double width(Text probe, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
