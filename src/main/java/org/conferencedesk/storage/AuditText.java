package org.conferencedesk.storage;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * An {@link AuditEntry} as a reader sees it, in Simplified Chinese or English: the time in the
 * event's time zone, the action, the record, and the changes ({@code "金额：5.2 亿元 → 5.3 亿元"},
 * {@code "Amount: RMB 520 million → RMB 530 million"}). Knows no record type: each feature registers
 * its words ({@link AuditVocabulary}); the trail's own sentences are in bundle {@code i18n/audit}.
 *
 * <p>A type with no registered words is read from the {@code audit} bundle's {@code record.TYPE},
 * {@code field.TYPE.FIELD} and {@code value.TYPE.FIELD.VALUE}, and a name without a translation is
 * shown as stored, so a new feature's entries are readable before its words are registered. Fields
 * named {@code amount} or ending in {@code Amount} hold money (plain yuan, or {@code "620000000.00 USD"})
 * and are shown as headline figures, which keep every fen.
 */
public final class AuditText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Messages messages;
    private final ZoneId zone;
    private final Map<String, Messages> words = new HashMap<>();
    private final AuditWithholding withholding;

    /**
     * Every value shown as stored.
     *
     * @param locale the reader's language (any Chinese locale gives Simplified Chinese, else English)
     * @param zone the time zone times are shown in: the event's (Asia/Shanghai)
     * @param vocabularies the record types' words, registered by their features
     */
    public AuditText(Locale locale, ZoneId zone, List<AuditVocabulary> vocabularies) {
        this(locale, zone, vocabularies, AuditWithholding.NONE);
    }

    /**
     * With the record types' words, and values readers may not see yet ({@code withholding}, usually
     * {@link AuditTrail#withholding()}) shown as a note ({@code value.withheld.TYPE}, else
     * {@code value.withheld}) instead of the value.
     */
    public AuditText(Locale locale, ZoneId zone, List<AuditVocabulary> vocabularies, AuditWithholding withholding) {
        this.messages = Messages.of("audit", locale);
        this.zone = zone;
        this.withholding = withholding;
        for (AuditVocabulary v : vocabularies) {
            words.put(v.recordType(), Messages.of(v.area(), locale));
        }
    }

    /** With no registered words: every type read from the {@code audit} bundle, or as stored; every value shown. */
    public AuditText(Locale locale, ZoneId zone) {
        this(locale, zone, List.of(), AuditWithholding.NONE);
    }

    /** With no registered words, values readers may not see yet withheld (see above). */
    public AuditText(Locale locale, ZoneId zone, AuditWithholding withholding) {
        this(locale, zone, List.of(), withholding);
    }

    /** The sentences of the audit trail in this language. */
    public Messages messages() {
        return messages;
    }

    /** The time zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** {@code "2020-11-26 12:00:00"} in the time zone of this text. */
    public String time(AuditEntry entry) {
        return TIME.format(entry.occurredAt().atZone(zone));
    }

    /**
     * Who made the change, in this language: the stored {@code "wang.li (command line)"} reads
     * {@code "wang.li（命令行）"} in Chinese; any other name as stored.
     */
    public String actor(AuditEntry entry) {
        String who = entry.actor();
        if (who != null && who.endsWith(Actor.COMMAND_LINE_SUFFIX)) {
            return messages.get("actor.commandLine", who.substring(0, who.length() - Actor.COMMAND_LINE_SUFFIX.length()));
        }
        return who;
    }

    /** {@code "Edited"} / {@code "修改"}. */
    public String action(AuditEntry entry) {
        return messages.get("action." + entry.action().name());
    }

    /** {@code "Contract: Intelligent factory"} / {@code "签约项目：智能工厂"}; an import names its file. */
    public String record(AuditEntry entry) {
        Messages own = words.get(entry.recordType());
        if (own != null && entry.summary() != null && own.bundle().containsKey("audit.record." + entry.action().name())) {
            return own.get("audit.record." + entry.action().name(), entry.summary());
        }
        String type = own != null && own.bundle().containsKey("audit.record") ? own.get("audit.record")
                : translated("record." + entry.recordType(), entry.recordType());
        return entry.summary() == null ? type : messages.get("record.named", type, entry.summary());
    }

    /**
     * The changes on one line: for an edit {@code "Amount: RMB 520 million → RMB 530 million; Status: Planned → Signed"};
     * for a created, deleted or imported record its values {@code "Project: A; Amount: RMB 5.2 billion"}.
     */
    public String changes(AuditEntry entry) {
        Set<String> withheld = withholding.withheldFields(entry);
        List<String> parts = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            parts.add(change(entry, change, withheld));
        }
        return String.join(messages.get("change.separator"), parts);
    }

    /** One change: {@code "Amount: RMB 520 million → RMB 530 million"}, or {@code "Amount: RMB 520 million"}. */
    public String change(AuditEntry entry, FieldChange change) {
        return change(entry, change, withholding.withheldFields(entry));
    }

    private String change(AuditEntry entry, FieldChange change, Set<String> withheld) {
        String field = field(entry.recordType(), change.field());
        boolean hidden = withheld.contains(change.field());
        String before = hidden && change.before() != null ? withheld(entry) : value(entry.recordType(), change.field(), change.before());
        String after = hidden && change.after() != null ? withheld(entry) : value(entry.recordType(), change.field(), change.after());
        return switch (entry.action()) {
            case UPDATED, MERGED, UNMERGED -> messages.get("change.edit", field, before, after);
            case DELETED, UNMARKED_DISTINCT -> messages.get("change.value", field, before);
            case CREATED, IMPORTED, MARKED_DISTINCT, SIGNED_OFF, REOPENED -> messages.get("change.value", field, after);
        };
    }

    /** The field's name in this language ({@code "金额"}), or as stored if it has none. */
    public String field(String recordType, String field) {
        Messages own = words.get(recordType);
        if (own != null) {
            for (String key : new String[] {"audit.field." + field, "field." + field}) {
                if (own.bundle().containsKey(key)) {
                    return own.get(key);
                }
            }
        }
        return translated("field." + recordType + "." + field, field);
    }

    /** A value as a reader sees it: money as a headline figure, coded values translated, null as "(empty)". */
    public String value(String recordType, String field, String value) {
        if (value == null || value.isBlank()) {
            return messages.get("value.empty");
        }
        if (field.endsWith("At")) {
            try {
                // An instant ("2020-11-26T01:00:00Z", e.g. a guest's checkedInAt) reads in the event's time zone.
                return TIME.format(java.time.Instant.parse(value.strip()).atZone(zone));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                // Shown as stored.
            }
        }
        if (field.equals("amount") || field.endsWith("Amount")) {
            String money = money(value);
            if (money != null) {
                return money;
            }
        }
        Messages own = words.get(recordType);
        if (own != null && own.bundle().containsKey(field + "." + value)) {
            return own.get(field + "." + value);
        }
        return translated("value." + recordType + "." + field + "." + value, value);
    }

    /** The note shown instead of a value readers may not see yet. */
    private String withheld(AuditEntry entry) {
        return translated("value.withheld." + entry.recordType(), messages.get("value.withheld"));
    }

    private String money(String value) {
        String[] parts = value.strip().split("\\s+");
        try {
            BigDecimal figure = new BigDecimal(parts[0]);
            if (parts.length == 1) {
                return MoneyFormat.headline(figure, messages.locale());
            }
            if (parts.length == 2) {
                return MoneyFormat.headline(new Amount(figure, parts[1]), messages.locale());
            }
        } catch (RuntimeException notMoney) {
            // Shown as stored: the trail never hides a value it cannot read.
        }
        return null;
    }

    private String translated(String key, String fallback) {
        return messages.bundle().containsKey(key) ? messages.get(key) : fallback;
    }
}
