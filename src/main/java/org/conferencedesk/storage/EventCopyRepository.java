package org.conferencedesk.storage;

import static org.conferencedesk.storage.generated.Tables.AUDIT_ENTRY;
import static org.conferencedesk.storage.generated.Tables.AWARD_CATEGORY;
import static org.conferencedesk.storage.generated.Tables.AWARD_COMMITTEE_MEMBER;
import static org.conferencedesk.storage.generated.Tables.AWARD_CRITERION;
import static org.conferencedesk.storage.generated.Tables.AWARD_NOMINEE;
import static org.conferencedesk.storage.generated.Tables.AWARD_PRIZE;
import static org.conferencedesk.storage.generated.Tables.AWARD_REOPENING;
import static org.conferencedesk.storage.generated.Tables.AWARD_SIGN_OFF;
import static org.conferencedesk.storage.generated.Tables.ANNOUNCED_FIGURE;
import static org.conferencedesk.storage.generated.Tables.BOOTH;
import static org.conferencedesk.storage.generated.Tables.CONTRACT;
import static org.conferencedesk.storage.generated.Tables.EVENT;
import static org.conferencedesk.storage.generated.Tables.EXHIBITOR;
import static org.conferencedesk.storage.generated.Tables.FIGURE_SNAPSHOT;
import static org.conferencedesk.storage.generated.Tables.GUEST;
import static org.conferencedesk.storage.generated.Tables.GUEST_MERGE;
import static org.conferencedesk.storage.generated.Tables.HALL;
import static org.conferencedesk.storage.generated.Tables.SIGNING_SESSION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conferencedesk.storage.generated.DefaultSchema;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Copies one event — every record that belongs to it and its audit trail — from one database to
 * another (issue 16: a laptop's file into a shared PostgreSQL database and back), in one transaction
 * on the target, checked before it commits: the same number of rows in every table and the same
 * sums of every amount column, by currency, to the fen. Anything else and nothing is written.
 *
 * <p>Works from the generated schema, so a table or column added by a later migration is copied
 * without a change here. Ids are kept where the target has never handed them out (a fresh database);
 * otherwise each table's ids are shifted past the target's, consistently in every column that names
 * them (foreign keys, the audit trail's record ids by record type, a merge's kept guest, a sign-off's
 * member). The identity of every table is then moved past the copied ids. Texts that mention ids
 * (audit changes, a sign-off's content) are copied as written, so a sign-off's hash stays valid.
 * See docs/decisions/0029.
 */
public final class EventCopyRepository {

    /** Audit-trail record types whose record id names a row of a table (others keep their ids as written). */
    private static final Map<String, Table<?>> AUDITED = Map.ofEntries(
            Map.entry("event", EVENT), Map.entry("contract", CONTRACT), Map.entry("guest", GUEST),
            Map.entry("exhibitor", EXHIBITOR), Map.entry("hall", HALL), Map.entry("booth", BOOTH),
            Map.entry("booking", BOOTH), Map.entry("signingSession", SIGNING_SESSION),
            Map.entry("announcedFigure", ANNOUNCED_FIGURE), Map.entry("figureSnapshot", FIGURE_SNAPSHOT),
            Map.entry("award", AWARD_CATEGORY), Map.entry("awardPrize", AWARD_PRIZE),
            Map.entry("awardCriterion", AWARD_CRITERION), Map.entry("awardMember", AWARD_COMMITTEE_MEMBER),
            Map.entry("awardNominee", AWARD_NOMINEE), Map.entry("awardScore", AWARD_NOMINEE));

    /** Columns naming another table's id without a foreign key (the record must outlive it). */
    private static final Map<Field<?>, Table<?>> UNLINKED = Map.of(
            GUEST_MERGE.KEPT_ID, GUEST,
            AWARD_SIGN_OFF.MEMBER_ID, AWARD_COMMITTEE_MEMBER,
            AUDIT_ENTRY.EVENT_ID, EVENT);

    /**
     * What was copied and checked.
     *
     * @param eventName the event's name (as in both databases)
     * @param targetEventId the event's id in the target
     * @param idsKept whether every id is the same in both databases
     * @param rows per table (lower-case SQL names, in copy order): rows copied, equal in both
     * @param totals per amount column and currency ({@code "contract.amount CNY"}), equal in both, yuan to the fen
     */
    public record Copied(String eventName, long targetEventId, boolean idsKept, Map<String, Integer> rows,
            SortedMap<String, BigDecimal> totals) {
    }

    private final List<Table<?>> order;
    private final Set<Field<?>> deferred = new LinkedHashSet<>();
    private final Map<Field<?>, Table<?>> idOf = new HashMap<>();

    /** The copy over the schema this version generated its code from. */
    public EventCopyRepository() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        tables.sort((a, b) -> a.getName().compareTo(b.getName()));
        this.order = order(tables);
        idOf.putAll(UNLINKED);
        for (Table<?> table : tables) {
            idColumns(table);
        }
    }

    /**
     * The event names in {@code database}, sorted.
     */
    public List<String> eventNames(Database database) {
        return database.dsl().select(EVENT.NAME).from(EVENT).orderBy(EVENT.NAME).fetch(EVENT.NAME);
    }

    /**
     * Copies the event named {@code eventName} from {@code source} into {@code target}.
     *
     * @param eventName the event; null when the source holds exactly one
     * @return what was copied, with the counts and totals found equal in both databases
     * @throws StorageException with a sentence (nothing written) if the source holds no such event, several
     *         events and none was named, the target already holds an event of that name, or the copy does
     *         not count and add up the same as the source
     */
    public Copied copy(Database source, Database target, String eventName) {
        DSLContext from = source.dsl();
        List<String> names = eventNames(source);
        String name = chooseEvent(names, eventName, source.description());
        long sourceEventId = from.select(EVENT.ID).from(EVENT).where(EVENT.NAME.eq(name)).fetchOne(EVENT.ID);
        refuseIfThere(target.dsl(), name, target.description());

        Map<Table<?>, List<Record>> rows = new LinkedHashMap<>();
        for (Table<?> table : order) {
            rows.put(table, from.select(table.fields()).from(table)
                    .where(belongsTo(table, sourceEventId)).orderBy(primaryKey(table)).fetch());
        }
        Map<Table<?>, Long> offsets = offsets(target, rows);
        long targetEventId = sourceEventId + offsets.getOrDefault(EVENT, 0L);
        Map<String, Integer> expectedRows = counts(from, sourceEventId);
        SortedMap<String, BigDecimal> expectedTotals = totals(from, sourceEventId);

        return target.inTransaction(tx -> {
            refuseIfThere(tx, name, target.description());
            List<Runnable> afterwards = new ArrayList<>();
            for (Map.Entry<Table<?>, List<Record>> entry : rows.entrySet()) {
                insert(tx, entry.getKey(), entry.getValue(), offsets, afterwards);
            }
            afterwards.forEach(Runnable::run);
            Map<String, Integer> copiedRows = counts(tx, targetEventId);
            SortedMap<String, BigDecimal> copiedTotals = totals(tx, targetEventId);
            if (!copiedRows.equals(expectedRows) || !sameAmounts(copiedTotals, expectedTotals)) {
                throw StorageException.withSentence(null, "copy.mismatch", name,
                        difference(expectedRows, copiedRows, expectedTotals, copiedTotals));
            }
            boolean kept = offsets.values().stream().allMatch(o -> o == 0L);
            return new Copied(name, targetEventId, kept, copiedRows, copiedTotals);
        });
    }

    private static String chooseEvent(List<String> names, String eventName, String where) {
        if (eventName != null) {
            if (!names.contains(eventName)) {
                throw StorageException.withSentence(null, "copy.noSuchEvent", where, eventName,
                        names.isEmpty() ? "—" : String.join("、", names));
            }
            return eventName;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.isEmpty()) {
            throw StorageException.withSentence(null, "copy.noEvents", where);
        }
        throw StorageException.withSentence(null, "copy.severalEvents", where, String.join("、", names));
    }

    private static void refuseIfThere(DSLContext target, String name, String where) {
        if (target.fetchExists(EVENT, EVENT.NAME.eq(name))) {
            throw StorageException.withSentence(null, "copy.alreadyThere", where, name);
        }
    }

    // ---- which rows belong to the event

    private Condition belongsTo(Table<?> table, long eventId) {
        if (table.equals(EVENT)) {
            return EVENT.ID.eq(eventId);
        }
        Field<Long> eventColumn = longField(table, "EVENT_ID");
        if (eventColumn != null) {
            return eventColumn.eq(eventId);
        }
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> parent = key.getKey().getTable();
            if (!parent.equals(table) && hasEventRoute(parent)) {
                @SuppressWarnings("unchecked")
                Field<Object> column = (Field<Object>) key.getFields().get(0);
                @SuppressWarnings("unchecked")
                Field<Object> parentColumn = (Field<Object>) key.getKeyFields().get(0);
                return column.in(DSL.select(parentColumn).from(parent).where(belongsTo(parent, eventId)));
            }
        }
        throw new IllegalStateException("Table " + table.getName() + " has no way to its event: EventCopyRepository cannot copy it");
    }

    private boolean hasEventRoute(Table<?> table) {
        return table.equals(EVENT) || longField(table, "EVENT_ID") != null
                || table.getReferences().stream().anyMatch(k -> !k.getKey().getTable().equals(table) && hasEventRoute(k.getKey().getTable()));
    }

    // ---- order: every table after the tables it refers to; a reference that closes a circle is set afterwards

    private List<Table<?>> order(List<Table<?>> tables) {
        List<Table<?>> done = new ArrayList<>();
        Set<Table<?>> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            Table<?> next = left.stream().filter(t -> waitingFor(t, left).isEmpty()).findFirst().orElse(null);
            if (next == null) {
                // A circle (award_category.sign_off_id -> award_sign_off -> award_category): a table whose
                // references into the circle are nullable goes first with them empty, and they are set afterwards.
                next = left.stream().filter(t -> waitingFor(t, left).stream().allMatch(f -> f.getDataType().nullable()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("References in a circle that cannot be broken: " + left));
                deferred.addAll(waitingFor(next, left));
            }
            done.add(next);
            left.remove(next);
        }
        return Collections.unmodifiableList(done);
    }

    private static List<Field<?>> waitingFor(Table<?> table, Set<Table<?>> left) {
        List<Field<?>> fields = new ArrayList<>();
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> parent = key.getKey().getTable();
            if (!parent.equals(table) && left.contains(parent)) {
                for (int i = 0; i < key.getFields().size(); i++) {
                    // The composite key's column that is the table's own id is not waiting for anything.
                    Field<?> column = key.getFields().get(i);
                    if (table.getIdentity() == null || !column.equals(table.getIdentity().getField())) {
                        fields.add(column);
                    }
                }
            }
        }
        return fields;
    }

    // ---- ids: which table's id each column names

    private void idColumns(Table<?> table) {
        if (table.getIdentity() != null) {
            idOf.put(table.getIdentity().getField(), table);
        }
        for (ForeignKey<?, ?> key : table.getReferences()) {
            for (int i = 0; i < key.getFields().size(); i++) {
                Table<?> owner = idOwner(key.getKey().getTable(), key.getKeyFields().get(i), new HashSet<>());
                if (owner != null) {
                    idOf.putIfAbsent(key.getFields().get(i), owner);
                }
            }
        }
    }

    /** The table whose id {@code column} of {@code table} holds, following foreign keys; null if none. */
    private static Table<?> idOwner(Table<?> table, Field<?> column, Set<Field<?>> seen) {
        if (!seen.add(column)) {
            return null;
        }
        if (table.getIdentity() != null && table.getIdentity().getField().equals(column)) {
            return table;
        }
        if (column.getName().equals("EVENT_ID")) {
            return EVENT;
        }
        for (ForeignKey<?, ?> key : table.getReferences()) {
            int i = key.getFields().indexOf(column);
            if (i >= 0) {
                Table<?> owner = idOwner(key.getKey().getTable(), key.getKeyFields().get(i), seen);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    private Map<Table<?>, Long> offsets(Database target, Map<Table<?>, List<Record>> rows) {
        Map<Table<?>, Long> offsets = new HashMap<>();
        for (Map.Entry<Table<?>, List<Record>> entry : rows.entrySet()) {
            Table<?> table = entry.getKey();
            if (table.getIdentity() == null || entry.getValue().isEmpty()) {
                continue;
            }
            Field<?> id = table.getIdentity().getField();
            long min = entry.getValue().stream().mapToLong(r -> ((Number) r.get(id)).longValue()).min().orElseThrow();
            long max = entry.getValue().stream().mapToLong(r -> ((Number) r.get(id)).longValue()).max().orElseThrow();
            long next = nextId(target, table);
            long offset = next <= min ? 0 : next - min;
            offsets.put(table, offset);
            // Moved past the copied ids before the copy: a gap if it rolls back, never an id handed out twice.
            restartIdentity(target, table, max + offset + 1);
        }
        return offsets;
    }

    /** The next id the target's identity would hand out (at least one past every id in the table). */
    static long nextId(Database database, Table<?> table) {
        DSLContext dsl = database.dsl();
        Field<?> id = table.getIdentity().getField();
        Long highest = dsl.select(DSL.max(id.coerce(Long.class))).from(table).fetchOne(0, Long.class);
        long next = highest == null ? 1 : highest + 1;
        String name = table.getName().toLowerCase(Locale.ROOT);
        if (database.dialect() == SQLDialect.POSTGRES) {
            String sequence = dsl.fetchValue(DSL.field("pg_get_serial_sequence({0}, {1})", String.class,
                    DSL.inline("public." + name), DSL.inline(id.getName().toLowerCase(Locale.ROOT))));
            Record state = dsl.fetchOne("SELECT last_value, is_called FROM " + sequence);
            long last = state.get(0, Long.class);
            return Math.max(next, Boolean.TRUE.equals(state.get(1, Boolean.class)) ? last + 1 : last);
        }
        Long base = dsl.resultQuery("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = {0} AND COLUMN_NAME = {1}", DSL.inline(table.getName()), DSL.inline(id.getName()))
                .fetchOne(0, Long.class);
        return base == null ? next : Math.max(next, base);
    }

    /** Moves the table's identity so that it hands out {@code next} or higher (never moves it back). */
    static void restartIdentity(Database database, Table<?> table, long next) {
        if (nextId(database, table) >= next) {
            return;
        }
        DSLContext dsl = database.dsl();
        String name = table.getName().toLowerCase(Locale.ROOT);
        String id = table.getIdentity().getField().getName().toLowerCase(Locale.ROOT);
        if (database.dialect() == SQLDialect.POSTGRES) {
            dsl.fetch("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, false)",
                    DSL.inline("public." + name), DSL.inline(id), DSL.inline(next));
        } else {
            dsl.execute("ALTER TABLE " + name + " ALTER COLUMN " + id + " RESTART WITH " + next);
        }
    }

    // ---- writing

    private void insert(DSLContext tx, Table<?> table, List<Record> rows, Map<Table<?>, Long> offsets, List<Runnable> afterwards) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> fields = List.of(table.fields());
        boolean replayReopenings = table.equals(AWARD_REOPENING);
        Object[] placeholders = new Object[fields.size()];
        @SuppressWarnings({"unchecked", "rawtypes"})
        BatchBindStep batch = tx.batch(tx.insertInto((Table) table).columns(fields).values(placeholders));
        for (Record row : rows) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                Field<?> field = fields.get(i);
                Object value = mapped(table, field, row, offsets);
                if (deferred.contains(field) && value != null) {
                    Object id = mapped(table, table.getIdentity().getField(), row, offsets);
                    Object later = value;
                    afterwards.add(() -> setLater(tx, table, field, later, id));
                    value = null;
                }
                values[i] = value;
            }
            if (replayReopenings) {
                reopen(tx, values, fields);
            } else {
                batch.bind(values);
            }
        }
        if (!replayReopenings) {
            batch.execute();
        }
    }

    /**
     * A reopening is only recorded for the sign-off in force (the award freeze, V22): the sign-off is put in
     * force, the reopening recorded, and the category opened again, as it happened.
     */
    private static void reopen(DSLContext tx, Object[] values, List<Field<?>> fields) {
        Object category = values[fields.indexOf(AWARD_REOPENING.CATEGORY_ID)];
        Object signOff = values[fields.indexOf(AWARD_REOPENING.SIGN_OFF_ID)];
        tx.update(AWARD_CATEGORY).set(AWARD_CATEGORY.SIGN_OFF_ID, (Long) signOff).where(AWARD_CATEGORY.ID.eq((Long) category)).execute();
        @SuppressWarnings({"unchecked", "rawtypes"})
        int inserted = tx.insertInto((Table) AWARD_REOPENING).columns(fields).values(values).execute();
        tx.update(AWARD_CATEGORY).setNull(AWARD_CATEGORY.SIGN_OFF_ID).where(AWARD_CATEGORY.ID.eq((Long) category)).execute();
        if (inserted != 1) {
            throw new IllegalStateException("reopening not recorded");
        }
    }

    @SuppressWarnings("unchecked")
    private static void setLater(DSLContext tx, Table<?> table, Field<?> field, Object value, Object id) {
        Field<Object> column = (Field<Object>) field;
        Field<Object> idColumn = (Field<Object>) table.getIdentity().getField();
        tx.update(table).set(column, value).where(idColumn.eq(id)).execute();
    }

    private Object mapped(Table<?> table, Field<?> field, Record row, Map<Table<?>, Long> offsets) {
        Object value = row.get(field);
        if (value == null) {
            return null;
        }
        Table<?> owner = table.equals(AUDIT_ENTRY) && field.equals(AUDIT_ENTRY.RECORD_ID)
                ? AUDITED.get(row.get(AUDIT_ENTRY.RECORD_TYPE)) : idOf.get(field);
        if (owner == null) {
            return value;
        }
        long offset = offsets.getOrDefault(owner, 0L);
        return offset == 0 ? value : ((Number) value).longValue() + offset;
    }

    // ---- checking

    private Map<String, Integer> counts(DSLContext dsl, long eventId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : order) {
            counts.put(sqlName(table), dsl.fetchCount(table, belongsTo(table, eventId)));
        }
        return counts;
    }

    /** Every amount (DECIMAL) column summed per table, by the currency beside it where there is one. */
    private SortedMap<String, BigDecimal> totals(DSLContext dsl, long eventId) {
        SortedMap<String, BigDecimal> totals = new TreeMap<>();
        for (Table<?> table : order) {
            for (Field<?> field : table.fields()) {
                if (!BigDecimal.class.equals(field.getType())) {
                    continue;
                }
                Field<?> currency = table.field(field.getName() + "_CURRENCY") != null
                        ? table.field(field.getName() + "_CURRENCY") : table.field("CURRENCY");
                Field<BigDecimal> sum = DSL.sum(field.coerce(BigDecimal.class));
                String key = sqlName(table) + "." + field.getName().toLowerCase(Locale.ROOT);
                if (currency == null) {
                    BigDecimal total = dsl.select(sum).from(table).where(belongsTo(table, eventId)).fetchOne(0, BigDecimal.class);
                    if (total != null) {
                        totals.put(key, total);
                    }
                    continue;
                }
                for (Record r : dsl.select(currency, sum).from(table).where(belongsTo(table, eventId))
                        .and(field.isNotNull()).groupBy(currency).fetch()) {
                    totals.put(key + " " + r.get(0, String.class).strip(), r.get(1, BigDecimal.class));
                }
            }
        }
        return totals;
    }

    private static boolean sameAmounts(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> a.get(k).compareTo(b.get(k)) == 0);
    }

    private static String difference(Map<String, Integer> rows, Map<String, Integer> copied,
            Map<String, BigDecimal> totals, Map<String, BigDecimal> copiedTotals) {
        List<String> lines = new ArrayList<>();
        rows.forEach((table, n) -> {
            if (!n.equals(copied.get(table))) {
                lines.add(table + " " + n + " → " + copied.get(table));
            }
        });
        totals.forEach((key, sum) -> {
            BigDecimal other = copiedTotals.get(key);
            if (other == null || sum.compareTo(other) != 0) {
                lines.add(key + " " + sum.toPlainString() + " → " + (other == null ? "—" : other.toPlainString()));
            }
        });
        return String.join("; ", lines);
    }

    private static String sqlName(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static SortField<?>[] primaryKey(Table<?> table) {
        if (table.getPrimaryKey() == null) {
            return new SortField<?>[0];
        }
        return table.getPrimaryKey().getFields().stream().map(Field::asc).toArray(SortField<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> longField(Table<?> table, String name) {
        Field<?> field = table.field(name);
        return field != null && Long.class.equals(field.getType()) ? (Field<Long>) field : null;
    }

    /** The tables in the order they are copied (lower-case SQL names); for tests. */
    List<String> tableOrder() {
        return order.stream().map(EventCopyRepository::sqlName).toList();
    }

    /** The columns set after every row is in (they close a circle of references); for tests. */
    Set<String> deferredColumns() {
        Set<String> names = new LinkedHashSet<>();
        deferred.forEach(f -> names.add(f.getName()));
        return names;
    }
}
