package org.conferencedesk.shared.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javax.imageio.ImageIO;
import org.conferencedesk.shared.StaleEditMerge;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Shows the merge dialog of a stale guest save with sample values and writes it as a PNG, for
 * looking at it: {@code LookAtStaleEditMerge OUT.png [zh|en]} (under {@code xvfb-run}).
 */
public final class LookAtStaleEditMerge {

    private LookAtStaleEditMerge() {
    }

    /** Writes the dialog to {@code args[0]}. */
    public static void main(String[] args) {
        Locale locale = args.length > 1 && "zh".equals(args[1]) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        boolean zh = locale == Locale.SIMPLIFIED_CHINESE;
        List<String> labels = zh ? List.of("姓名", "其他名称", "职务", "单位", "国家或地区", "电话", "备注", "类别")
                : List.of("Full name", "Other name", "Title", "Organisation", "Country", "Phone", "Notes", "Category");
        List<String> base = List.of("张三", "Zhang San", "", "南京智能制造研究院", "中国", "", "", zh ? "院士" : "Academician");
        List<String> yours = List.of("张三", "Zhang San", "院士", "南京大学", "中国", "", "", zh ? "院士" : "Academician");
        List<String> there = List.of("张三", "Zhang San", "", "东南大学", "中国", "+86 25 8888 0000", "坐第一排",
                zh ? "院士" : "Academician");
        List<Function<List<String>, String>> text = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int field = i;
            text.add(values -> values.get(field));
        }
        StaleEditMerge merge = StaleEditMerge.of("张三", labels, base, yours, there, text);
        Platform.startup(() -> { });
        String family = ChineseFont.prepare();
        Platform.runLater(() -> {
            Theme.apply();
            ChineseFont.prepared(family);
            ChineseFont.use(true);
            Dialog<ButtonType> dialog = StaleEditDialog.build(null, Messages.of("shared", locale), merge);
            dialog.setOnShown(e -> Platform.runLater(() -> {
                try {
                    javafx.scene.image.WritableImage shot = dialog.getDialogPane().getScene().snapshot(null);
                    java.awt.image.BufferedImage png = new java.awt.image.BufferedImage((int) shot.getWidth(),
                            (int) shot.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
                    for (int y = 0; y < png.getHeight(); y++) {
                        for (int x = 0; x < png.getWidth(); x++) {
                            png.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
                        }
                    }
                    ImageIO.write(png, "png", Path.of(args[0]).toFile());
                } catch (java.io.IOException failed) {
                    throw new java.io.UncheckedIOException(failed);
                } finally {
                    dialog.close();
                    Platform.exit();
                }
            }));
            dialog.show();
        });
    }
}
