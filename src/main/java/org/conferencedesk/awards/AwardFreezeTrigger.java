package org.conferencedesk.awards;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The database's own guard of the award rules that a second program (another build, the H2 console,
 * a script) must not get around, installed on the award tables by {@code sql/V22__award_freeze.sql}.
 * H2 runs it before every row change, inside the changing statement's transaction:
 * <ul>
 *   <li>a part of a signed-off (frozen) category, and the category itself, is never inserted,
 *       updated or deleted; only the running order may change, and the sign-off in force may be
 *       cleared once a reopening of it is recorded;</li>
 *   <li>the tie rule, the draw seed and the score range cannot change once a score exists;</li>
 *   <li>a member recused from a nominee has no score of it (a score is refused; a recusal is refused
 *       while the member's scores of that nominee exist: the service removes them first);</li>
 *   <li>a sign-off and a reopening are never edited; a sign-off is added only to an open category,
 *       a reopening only to the sign-off in force.</li>
 * </ul>
 *
 * <p>A refusal is an {@link SQLException} with SQLState {@value #SQL_STATE} whose message starts with
 * one of the codes below ({@code "AWARD_FROZEN: ..."}); {@link AwardRepository} turns it into an
 * {@link AwardException}. The application checks the same rules first and never reaches this guard in
 * normal use.
 *
 * <p>The class name is stored in every database by V22: renaming or moving this class needs a
 * migration that recreates the triggers. A program without this class on its classpath cannot write
 * the award tables at all (H2 fails to load the trigger), which is also a refusal.
 */
public final class AwardFreezeTrigger implements Trigger {

    /** SQLState of a refusal (class 45, "unhandled user-defined exception" in SQL/PSM usage). */
    public static final String SQL_STATE = "45000";
    /** The category is signed off: reopen it with a reason first. */
    public static final String FROZEN = "AWARD_FROZEN";
    /** The tie rule, seed or score range changed after scores were entered. */
    public static final String RULE_AFTER_SCORES = "AWARD_RULE_AFTER_SCORES";
    /** A recused member scored the nominee (or a recusal while scores exist). */
    public static final String RECUSED = "AWARD_RECUSED";
    /** A sign-off or reopening was edited, or added where it does not belong. */
    public static final String SIGN_OFF_KEPT = "AWARD_SIGN_OFF_KEPT";

    /** Columns of award_category that make up its result: a frozen category keeps them. */
    private static final List<String> CATEGORY_CONTENT = List.of(
            "EVENT_ID", "NAME_ZH", "NAME_EN", "KIND", "TIE_RULE", "DRAW_SEED", "SCORE_MIN", "SCORE_MAX", "CREATED_AT");
    /** Columns of award_category that the scores depend on. */
    private static final List<String> CATEGORY_RULES = List.of("TIE_RULE", "DRAW_SEED", "SCORE_MIN", "SCORE_MAX");

    private String table;
    private Map<String, Integer> columns;

    /** Created by H2 (public, no arguments). */
    public AwardFreezeTrigger() {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toUpperCase(Locale.ROOT);
        Map<String, Integer> found = new HashMap<>();
        DatabaseMetaData meta = conn.getMetaData();
        try (ResultSet rs = meta.getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                found.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
        this.columns = found;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case "AWARD_CATEGORY" -> category(conn, oldRow, newRow);
            case "AWARD_SIGN_OFF" -> signOff(conn, oldRow, newRow);
            case "AWARD_REOPENING" -> reopening(conn, oldRow, newRow);
            default -> part(conn, oldRow, newRow);
        }
    }

    private void category(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        Long categoryId = (Long) value(oldRow, "ID");
        Object signOff = value(oldRow, "SIGN_OFF_ID");
        if (signOff != null) {
            if (newRow == null) {
                throw refusal(FROZEN, "award category " + categoryId + " is signed off and cannot be deleted");
            }
            if (!sameValues(oldRow, newRow, CATEGORY_CONTENT)) {
                throw refusal(FROZEN, "award category " + categoryId + " is signed off; reopen it with a reason first");
            }
            Object newSignOff = value(newRow, "SIGN_OFF_ID");
            if (newSignOff == null) {
                if (!exists(conn, "SELECT 1 FROM award_reopening WHERE sign_off_id = ?", signOff)) {
                    throw refusal(FROZEN, "award category " + categoryId + " can only be reopened with a recorded reason");
                }
            } else if (!newSignOff.equals(signOff)) {
                throw refusal(FROZEN, "award category " + categoryId + " is already signed off");
            }
            return;
        }
        if (newRow != null && !sameValues(oldRow, newRow, CATEGORY_RULES)
                && exists(conn, "SELECT 1 FROM award_score WHERE category_id = ?", categoryId)) {
            throw refusal(RULE_AFTER_SCORES, "award category " + categoryId
                    + ": the tie rule, draw seed and score range are declared before any score");
        }
    }

    private void part(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            refuseIfFrozen(conn, value(oldRow, "CATEGORY_ID"));
        }
        if (newRow != null) {
            Object categoryId = value(newRow, "CATEGORY_ID");
            if (oldRow == null || !Objects.equals(categoryId, value(oldRow, "CATEGORY_ID"))) {
                refuseIfFrozen(conn, categoryId);
            }
            if ("AWARD_SCORE".equals(table) && exists(conn,
                    "SELECT 1 FROM award_recusal WHERE member_id = ? AND nominee_id = ?",
                    value(newRow, "MEMBER_ID"), value(newRow, "NOMINEE_ID"))) {
                throw refusal(RECUSED, "committee member " + value(newRow, "MEMBER_ID")
                        + " is recused from nominee " + value(newRow, "NOMINEE_ID") + " and does not score it");
            }
            if ("AWARD_RECUSAL".equals(table) && exists(conn,
                    "SELECT 1 FROM award_score WHERE member_id = ? AND nominee_id = ?",
                    value(newRow, "MEMBER_ID"), value(newRow, "NOMINEE_ID"))) {
                throw refusal(RECUSED, "committee member " + value(newRow, "MEMBER_ID")
                        + " still has scores of nominee " + value(newRow, "NOMINEE_ID") + "; remove them with the recusal");
            }
        }
    }

    private void signOff(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null) {
            throw refusal(SIGN_OFF_KEPT, "a sign-off is never edited");
        }
        if (oldRow == null) {
            refuseIfFrozen(conn, value(newRow, "CATEGORY_ID"));
        }
        // A delete is the cascade of deleting an open category (a sign-off in force is kept by the
        // category's foreign key).
    }

    private void reopening(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null) {
            throw refusal(SIGN_OFF_KEPT, "a reopening is never edited");
        }
        if (oldRow == null && !exists(conn, "SELECT 1 FROM award_category WHERE id = ? AND sign_off_id = ?",
                value(newRow, "CATEGORY_ID"), value(newRow, "SIGN_OFF_ID"))) {
            throw refusal(SIGN_OFF_KEPT, "only the sign-off in force can be reopened");
        }
    }

    private static void refuseIfFrozen(Connection conn, Object categoryId) throws SQLException {
        if (categoryId != null && exists(conn, "SELECT 1 FROM award_category WHERE id = ? AND sign_off_id IS NOT NULL", categoryId)) {
            throw refusal(FROZEN, "award category " + categoryId + " is signed off; reopen it with a reason first");
        }
    }

    private Object value(Object[] row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException("Column " + column + " not found in " + table);
        }
        return row[index];
    }

    private boolean sameValues(Object[] oldRow, Object[] newRow, List<String> names) {
        for (String name : names) {
            Object before = value(oldRow, name);
            Object after = value(newRow, name);
            if (before instanceof java.math.BigDecimal b && after instanceof java.math.BigDecimal a) {
                if (b.compareTo(a) != 0) {
                    return false;
                }
            } else if (!Objects.equals(before, after)) {
                return false;
            }
        }
        return true;
    }

    private static boolean exists(Connection conn, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = conn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static SQLException refusal(String code, String detail) {
        return new SQLException(code + ": " + detail, SQL_STATE);
    }
}
