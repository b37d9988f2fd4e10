package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The words of the hall plan, on screen and in its PDF, in one language: its own sentences (bundle
 * {@code hallplan}) and the names of states and kinds of booth (bundle {@code exhibitors}); days of
 * the event as "11月26日" / "26 Nov"; metres without trailing zeros. Pure; no JavaFX.
 */
public final class PlanWords {

    private final Messages plan;
    private final Messages exhibitors;
    private final DateTimeFormatter day;

    /** The words in {@code locale} (Simplified Chinese for any Chinese locale, else English). */
    public PlanWords(Locale locale) {
        this.plan = Messages.of("hallplan", locale);
        this.exhibitors = Messages.of(ExhibitorField.LABEL_AREA, locale);
        this.day = Messages.isChinese(locale) ? DateTimeFormatter.ofPattern("M月d日", Locale.SIMPLIFIED_CHINESE)
                : DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    }

    /** The language ({@code zh_CN} or {@code en}). */
    public Locale locale() {
        return plan.locale();
    }

    /** True for Simplified Chinese. */
    public boolean chinese() {
        return Messages.isChinese(locale());
    }

    /** The plan's sentences, e.g. for FXML. */
    public Messages messages() {
        return plan;
    }

    /** A sentence of the plan ({@code hallplan}) with its arguments filled in. */
    public String get(String key, Object... arguments) {
        return plan.get(key, arguments);
    }

    /** A sentence of the {@code exhibitors} bundle (a refusal, a field name) with its arguments. */
    public String exhibitors(String key, Object... arguments) {
        return exhibitors.get(key, arguments);
    }

    /** "空闲" / "Free", "已预订" / "Booked", "已付款" / "Paid". */
    public String state(HallPlan.State state) {
        return exhibitors.get("planState." + state.name());
    }

    /** "标准展位（标摊）" / "Standard shell scheme", "光地（特装）" / "Raw space". */
    public String kind(BoothKind kind) {
        return exhibitors.get("kind." + kind.name());
    }

    /** "11月26日" / "26 Nov". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** One day, or "11月26日–11月28日" / "26 Nov–28 Nov". */
    public String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? day(first) : day(first) + "–" + day(last);
    }

    /** The days of a booking. */
    public String days(Booking booking) {
        return days(booking.firstDay(), booking.lastDay());
    }

    /** "12.5", "3" (no trailing zeros, never in exponent form). */
    public static String metres(BigDecimal metres) {
        return metres.stripTrailingZeros().toPlainString();
    }

    /** "5号馆" / "Hall 5": the hall's name as written, or "Hall" and its code when it has none. */
    public String hallName(Hall hall) {
        return hall.name() == null || hall.name().isBlank() ? get("hall.code", hall.code()) : hall.name();
    }

    /** The holders' company names, joined by "、" (Chinese) or "; " (English); "" for none. */
    public String holders(List<Exhibitor> holders) {
        return holders.stream().map(Exhibitor::companyName).collect(Collectors.joining(chinese() ? "、" : "; "));
    }

    /**
     * What a booth is, in one line, for the status line and screen readers:
     * "A-101 · 已预订 · 南京埃斯顿（11月26日–11月28日）· 9 m² · 标准展位（标摊）".
     */
    public String summary(HallPlan.PlannedBooth planned) {
        Booth booth = planned.booth();
        StringBuilder text = new StringBuilder(booth.code()).append(" · ").append(state(planned.state()));
        for (Exhibitor holder : planned.holders()) {
            String held = planned.bookings().stream().filter(b -> b.exhibitorId() == holder.id())
                    .map(this::days).collect(Collectors.joining(", "));
            text.append(" · ").append(get("holder.withDays", holder.companyName(), held));
        }
        text.append(" · ").append(metres(booth.areaM2())).append(" m² · ").append(kind(booth.kind()));
        if (booth.corner()) {
            text.append(" · ").append(get("booth.corner"));
        }
        return text.toString();
    }
}
