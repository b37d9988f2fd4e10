package org.conferencedesk.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.ui.EventFormDialog;
import org.conferencedesk.events.ui.EventFormViewModel;
import org.conferencedesk.guests.ui.DuplicatesDialog;
import org.conferencedesk.guests.ui.DuplicatesViewModel;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ui.ImportDialog;
import org.conferencedesk.importexport.ui.ImportViewModel;
import org.conferencedesk.importexport.ui.Importer;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.FxTaskExecutor;

/**
 * Takes real screenshots of every screen and dialog at a laptop's size, for looking at them and for
 * docs/screenshots: under Xvfb, {@code ScreenTour OUTDIR zh|en WIDTH HEIGHT}. The window fills the
 * screen less 72 px (a title bar and a taskbar: what a maximised window gets on such a laptop);
 * each picture is {@code import -window root} cropped to that area. A fresh database in OUTDIR holds
 * the 30 sample projects, the 326 sample guests, and the sample halls, booths and exhibitors.
 */
public final class ScreenTour {

    /** What a maximised window loses on a laptop screen: title bar (about 32 px) and taskbar (about 40 px). */
    static final int CHROME = 72;

    private final Path out;
    private final String prefix;
    private final int width;
    private final int height;
    private Stage stage;
    private Shell shell;
    private AppContext context;

    ScreenTour(Path out, String prefix, int width, int height) {
        this.out = out;
        this.prefix = prefix;
        this.width = width;
        this.height = height;
    }

    /** {@code OUTDIR LANG WIDTH HEIGHT}. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String lang = args[1];
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        new ScreenTour(out, lang + "-" + width + "x" + height + "-", width, height).run(lang);
        Platform.exit();
        System.exit(0);
    }

    /** WIMC 2020 in {@code context}, named in the language, with the 30 sample projects and the 326 sample guests. */
    static Event sampleEvent(AppContext context, boolean zh) {
        Event event = context.events().create(new Event(null,
                zh ? "2020世界智能制造大会" : "2020 World Intelligent Manufacturing Conference", "WIMC 2020",
                zh ? "南京" : "Nanjing", zh ? "南京国际博览中心" : "Nanjing International Expo Center",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
        context.contractImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE);
        context.guestImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-guests.csv"), ImportOptions.DETECT,
                ProgressMonitor.NONE, zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        return event;
    }

    private void run(String lang) throws Exception {
        boolean zh = "zh".equals(lang);
        Locale locale = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Path db = out.resolve("tour-" + lang + "-" + width + "x" + height + "-" + System.nanoTime());
        context = AppContext.openFile(db);
        Event event = sampleEvent(context, zh);
        // Halls, booths and exhibitors (docs/samples), at the rates of a standard booth and raw space.
        context.exhibitors().setRate(event.id(), org.conferencedesk.exhibitors.BoothRate.perM2(
                org.conferencedesk.exhibitors.BoothKind.STANDARD, "1280.00", "CNY"));
        context.exhibitors().setRate(event.id(), org.conferencedesk.exhibitors.BoothRate.perM2(
                org.conferencedesk.exhibitors.BoothKind.RAW_SPACE, "980.00", "CNY"));
        context.boothImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-booths.csv"), ImportOptions.DETECT,
                ProgressMonitor.NONE, locale);
        context.exhibitorImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-exhibitors.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, locale);
        seedAwards(event.id(), locale);
        seedLinks(event.id());
        Settings settings = Settings.load(Settings.fileFor(db));
        settings.setLanguage(zh ? UiLanguage.ZH : UiLanguage.EN);
        settings.setLastEventId(event.id());
        Messages ui = Messages.of("ui", locale);

        Platform.startup(() -> { });
        // As the application does at start: a Simplified Chinese face for the window (ConferenceDeskApp).
        String family = org.conferencedesk.shared.ui.ChineseFont.prepare();
        fx(() -> org.conferencedesk.shared.ui.ChineseFont.prepared(family));
        fx(() -> {
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height - CHROME);
            // As the application does: the window opens on the "Opening database…" scene, which the shell keeps.
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), width, height - CHROME));
            shell = new Shell(stage, context, settings, new FxTaskExecutor(), uri -> { }, locale);
            shell.show(context.events().list());
            stage.show();
        });
        // Until the contracts and guests are loaded and shown (slower on a busy machine), then a moment more.
        for (int waited = 0; waited < 60_000; waited += 500) {
            boolean[] loaded = new boolean[1];
            fx(() -> {
                Node table = stage.getScene().lookup("#table");
                Node guests = stage.getScene().lookup("#statusGuests");
                loaded[0] = table instanceof TableView<?> t && t.getItems().size() == 30
                        && guests instanceof javafx.scene.control.Label l && l.getText().contains("326");
            });
            if (loaded[0]) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(2000);

        // The signing ceremony with a contract in the form.
        fx(() -> select(stage.getScene().lookup("#table"), 3));
        shoot("contracts");
        fx(() -> ((TextField) stage.getScene().lookup("#sectorField")).requestFocus());
        fx(() -> ((TextField) stage.getScene().lookup("#sectorField")).setText(""));
        fx(() -> ((TextField) stage.getScene().lookup("#sectorField")).appendText("智能"));
        shoot("contracts-sector-completion");
        // Back to the contract's own sector, the completion closed, before the next picture.
        fx(() -> {
            TextField sector = (TextField) stage.getScene().lookup("#sectorField");
            sector.setText("新能源汽车");
            sector.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ESCAPE, false, false, false, false));
            ((TextField) stage.getScene().lookup("#amountField")).requestFocus();
        });
        fx(() -> {
            ((TextField) stage.getScene().lookup("#amountField")).setText(zh ? "很多钱" : "lots");
            ((TextField) stage.getScene().lookup("#projectNameField")).setText("");
        });
        shoot("contracts-form-problems");
        fx(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#cancelButton")).fire());

        fx(() -> shell.showScreen("guests"));
        Thread.sleep(1500);
        // The guest who is an exhibitor's contact and a nominee: the linked records under the form's title.
        fx(() -> selectRecord(stage.getScene().lookup("#guestsTable"), r -> ((org.conferencedesk.guests.GuestRow) r).guest().id(),
                linkedGuest.id()));
        shoot("guests");
        fx(() -> shell.showScreen("checkInDesk"));
        Thread.sleep(800);
        fx(() -> ((TextField) stage.getScene().lookup("#deskSearchField")).setText("zhang"));
        shoot("checkin-desk");
        fx(() -> shell.showScreen("exhibitors"));
        Thread.sleep(1500);
        fx(() -> selectRecord(stage.getScene().lookup("#exhibitorTable"),
                r -> ((org.conferencedesk.exhibitors.ExhibitorRow) r).id(), linkedExhibitor.id()));
        shoot("exhibitors");
        fx(() -> shell.showScreen("hallPlan"));
        Thread.sleep(1500);
        shoot("hall-plan-tab");
        // The booking of the first booth (Home, Enter on the plan), an exhibitor being typed.
        fx(() -> {
            Node plan = stage.getScene().lookup("#planDrawing");
            plan.requestFocus();
            for (javafx.scene.input.KeyCode key : new javafx.scene.input.KeyCode[] {
                javafx.scene.input.KeyCode.HOME, javafx.scene.input.KeyCode.ENTER}) {
                plan.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key,
                        false, false, false, false));
            }
        });
        fx(() -> ((TextField) stage.getScene().lookup("#exhibitorField")).setText("heng"));
        shoot("hall-plan-booking");
        fx(() -> shell.showScreen("dashboard"));
        Thread.sleep(2500);
        shoot("dashboard-tab");
        fx(() -> shell.showScreen("awards"));
        Thread.sleep(1500);
        // The personal award's nominees, 王堃 chosen and a guest being found by pinyin to link him to.
        fx(() -> selectRecord(stage.getScene().lookup("#awardCategoriesTable"),
                r -> ((org.conferencedesk.awards.ui.AwardRows.CategoryRow) r).id(), individuals));
        Thread.sleep(800);
        fx(() -> selectRecord(stage.getScene().lookup("#awardNominees"),
                r -> ((org.conferencedesk.awards.ui.AwardRows.NomineeRow) r).id(), wangKun));
        Thread.sleep(500);
        fx(() -> ((TextField) stage.getScene().lookup("#awardLinkQuery")).setText("wang"));
        shoot("awards");
        fx(() -> select(stage.getScene().lookup("#awardCategoriesTable"), 0));
        fx(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#awardTabs")).getSelectionModel().select(2));
        shoot("awards-sign-off");
        fx(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#awardTabs")).getSelectionModel().select(1));
        shoot("awards-winners");
        fx(() -> shell.showScreen("contracts"));

        // Dialogs, each over the window.
        dialog("event-form", () -> new EventFormDialog(stage, new EventFormViewModel(ui), ui, false).showAndWait());
        dialog("audit-trail", () -> AuditTrailDialog.show(stage, new AuditTrailViewModel(context.audit(), new FxTaskExecutor(),
                new FxDialogs(() -> stage, ui), locale, context.auditWords()), event));
        dialog("duplicates", () -> DuplicatesDialog.show(stage, new DuplicatesViewModel(context.guests(), new FxTaskExecutor(),
                new FxDialogs(() -> stage, ui), locale), event));
        dialog("import-contracts", () -> ImportDialog.showFor(stage, new ImportViewModel<>(
                Importer.of(context.contractImport(), locale), event.id(), new FxTaskExecutor()),
                Path.of("docs/samples/wimc-2020-signing-ceremony.csv")));
        dialog("import-guests", () -> ImportDialog.showFor(stage, new ImportViewModel<>(
                Importer.of(context.guestImport(), locale), event.id(), new FxTaskExecutor()),
                Path.of("docs/samples/wimc-2020-guests-late.csv")));
        // A file with categories the event does not know yet: the preview asks once for each.
        Path speakers = java.nio.file.Files.writeString(out.resolve("speakers-" + lang + ".csv"),
                "姓名,单位,类别\n李开复,创新工场,VIP\n王坚,阿里云,演讲嘉宾\n马化腾,腾讯,VIP\n周济,中国工程院,院士\n",
                java.nio.charset.StandardCharsets.UTF_8);
        dialog("import-guests-new-values", () -> ImportDialog.showFor(stage, new ImportViewModel<>(
                Importer.of(context.guestImport(), locale), event.id(), new FxTaskExecutor()), speakers));
        dialog("delete-question", () -> new FxDialogs(() -> stage, ui).confirmDestructive(
                Messages.of("contracts", locale).get("delete.title"),
                Messages.of("contracts", locale).get("delete.questionOne", zh ? "智能网联新能源汽车整车制造基地" : "Intelligent connected vehicle plant"),
                Messages.of("contracts", locale).get("delete.action")));
        dialog("password", () -> PasswordDialog.show(stage, ui, ui.get("encryption.changeTitle"), ui.get("encryption.changeText"),
                null, true, true));
        fx(() -> shell.close());
        context.close();
    }

    /** The sample awards, the first category signed off by its first committee member (the awards screen shows both states). */
    private void seedAwards(long eventId, Locale locale) {
        context.awardImport().importFile(eventId, Path.of("docs/samples/wimc-2020-awards.csv"), ImportOptions.DETECT,
                ProgressMonitor.NONE, locale);
        org.conferencedesk.awards.AwardCategory first = context.awards().categories(eventId).get(0);
        context.awards().signOff(first.id(), context.awards().content(first.id()).members().get(0).id());
    }

    private org.conferencedesk.guests.Guest linkedGuest;
    private org.conferencedesk.exhibitors.Exhibitor linkedExhibitor;
    private long individuals;
    private long wangKun;

    /**
     * Links that show on both screens: an enterprise representative is the first exhibitor's contact
     * and a nominee of the personal award; the exhibitor is a nominee of the organisation award.
     */
    private void seedLinks(long eventId) {
        linkedGuest = context.guests().list(eventId).stream()
                .filter(g -> g.category() == org.conferencedesk.guests.GuestCategory.ENTERPRISE_REPRESENTATIVE
                        && g.organisation() != null)
                .findFirst().orElseThrow();
        linkedExhibitor = context.exhibitors().save(context.exhibitors().list(eventId).get(0).withContact(null, linkedGuest.id()));
        for (org.conferencedesk.awards.AwardCategory c : context.awards().categories(eventId)) {
            if (c.nameZh().equals("优秀组织奖（个人）")) {
                individuals = c.id();
                context.awards().saveNominee(org.conferencedesk.awards.Nominee.guest(c.id(), linkedGuest.id()));
                wangKun = context.awards().content(c.id()).nominees().stream().filter(n -> "王堃".equals(n.name()))
                        .findFirst().orElseThrow().id();
            } else if (c.nameZh().equals("优秀组织奖（单位）")) {
                context.awards().saveNominee(org.conferencedesk.awards.Nominee.exhibitor(c.id(), linkedExhibitor.id()));
            }
        }
    }

    /** Chooses the row whose id is {@code id} (scrolled into view). */
    private static void selectRecord(Node table, java.util.function.ToLongFunction<Object> idOf, long id) {
        TableView<?> view = (TableView<?>) table;
        for (int i = 0; i < view.getItems().size(); i++) {
            if (idOf.applyAsLong(view.getItems().get(i)) == id) {
                view.getSelectionModel().clearAndSelect(i);
                view.scrollTo(Math.max(0, i - 3));
                view.requestFocus();
                return;
            }
        }
        throw new IllegalStateException("no row " + id + " in " + table.getId());
    }

    private static void select(Node table, int row) {
        TableView<?> view = (TableView<?>) table;
        view.getSelectionModel().clearAndSelect(row);
        view.requestFocus();
    }

    /** Opens a dialog (it blocks in its own event loop), shoots it, and closes every window but the main one. */
    private void dialog(String name, Runnable open) throws Exception {
        Platform.runLater(open);
        Thread.sleep(2500);
        shoot(name);
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        });
        Thread.sleep(500);
    }

    void shoot(String name) throws Exception {
        Thread.sleep(1200);
        Path file = out.resolve(prefix + name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", width + "x" + (height - CHROME) + "+0+0", "+repage",
                file.toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("shot " + file);
    }

    static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(20, TimeUnit.SECONDS);
        Thread.sleep(200);
    }
}
