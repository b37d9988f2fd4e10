package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.ChineseFont;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.shared.ui.Theme;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.ui.DuplicatesDialog;
import org.conferencedesk.guests.ui.DuplicatesViewModel;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;

/**
 * Opens Guests › Find duplicates… over an in-memory database with a few duplicate guests, for
 * looking at it (screenshots): {@code LookAtDuplicates [zh|en]}.
 */
public final class LookAtDuplicates {

    private LookAtDuplicates() {
    }

    public static void main(String[] args) {
        Locale locale = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        AppContext context = new AppContext(Database.openInMemory("look-" + UUID.randomUUID()), Actor.named("wang.li"));
        Event wimc = context.events().create(Event.named("2020世界智能制造大会"));
        long id = wimc.id();
        context.guests().save(guest(id, "张三", "南京智能制造研究院", "zhangsan@nj-institute.example", null, GuestCategory.ACADEMICIAN,
                Instant.parse("2020-11-26T01:05:00Z")));
        context.guests().save(guest(id, "李四", "南京机器人有限公司", "lisi@robotics.example", "13900139000", GuestCategory.ENTERPRISE_REPRESENTATIVE, null));
        context.guests().save(guest(id, "ＺＨＡＮＧ　ＳＡＮ", null, "ZhangSan@nj-institute.example", "13800138000", GuestCategory.OTHER, null));
        context.guests().save(guest(id, "李 四", "新华社", "li.si@xinhua.example", null, GuestCategory.MEDIA, null));
        context.guests().save(guest(id, "约翰·史密斯", "Acme Robotics", "john.smith@acme.example", null, GuestCategory.EXPERT, null));
        context.guests().save(guest(id, "约翰・史密斯", null, "JOHN.SMITH@acme.example", "+44 20 7946 0000", GuestCategory.OTHER, null));
        context.guests().save(guest(id, "Zhang San", null, null, "+86 138 0013 8000", GuestCategory.OTHER, null));
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Stage owner = new Stage();
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1200, 760));
            owner.show();
            Theme.apply();
            ChineseFont.use(locale.getLanguage().equals("zh"));
            DuplicatesDialog.show(owner, new DuplicatesViewModel(context.guests(), new FxTaskExecutor(),
                    new FxDialogs(() -> owner, org.conferencedesk.shared.i18n.Messages.of("ui", locale)), locale), wimc);
            Platform.exit();
        });
    }

    private static Guest guest(long eventId, String name, String organisation, String email, String phone, GuestCategory category,
                               Instant checkedIn) {
        return new Guest(null, eventId, name, null, null, organisation, null, category, null, Attendance.ON_SITE,
                InvitationStatus.INVITED, checkedIn, email, phone, null, null);
    }
}
