package org.conferencedesk.awards.io;

import org.conferencedesk.shared.record.RecordField;

/**
 * The columns of an awards file (import and export, one row per nominee): the category's columns
 * (repeated on each of its rows, or written on its first row only), then the nominee's. Labels are
 * {@code field.<jsonName>} in the {@code awardio} bundle.
 */
public enum AwardColumn implements RecordField {
    /** The category's Chinese name: what the rows of one category share. */
    CATEGORY("category", 200, true),
    /** The category's English name (empty: the Chinese name). */
    CATEGORY_EN("categoryEn", 200, true),
    /** The category's kind: 论坛奖 / forum award, 大赛奖项 / contest prize, 单位奖 / organisation award, 个人奖 / personal award. */
    KIND("kind", 0, false),
    /** The category's place in the ceremony's running order (empty: after the last). */
    RUNNING_ORDER("runningOrder", 0, false),
    /** The tie rule: 评委会表决 / committee vote (empty), 并列 / shared place, 抽签 / seeded draw. */
    TIE_RULE("tieRule", 0, false),
    /** The seed of a seeded draw (empty: one is drawn and recorded). */
    DRAW_SEED("drawSeed", 0, false),
    /** The prizes with their places, highest first: "一等奖/First prize×1；二等奖/Second prize×2". */
    PRIZES("prizes", 0, true),
    /** The committee members' names: "王建国、李梅、陈志强". */
    COMMITTEE("committee", 0, true),
    /** The nominee's name as written (empty: a category without nominees yet). */
    NOMINEE("nominee", 300, true),
    /** What the nominee is: 参评项目 / entry, 单位 / organisation, 个人 / person (empty: what the kind takes). */
    NOMINEE_KIND("nomineeKind", 0, false),
    /** The nominee's organisation or organiser. */
    AFFILIATION("affiliation", 300, true),
    /** The prize the nominee won, by its Chinese or English name (empty: none). */
    PRIZE_WON("prizeWon", 0, true),
    /** The committee's scores of the nominee: "王建国 87.5；李梅 90", or per criterion "王建国（创新性 80，实用性 90）". */
    SCORES("scores", 0, true),
    /** Committee members who stand aside from the nominee, each with the reason: "李梅（同一单位）；王建国（评审回避）". */
    RECUSALS("recusals", 0, true);

    private final String jsonName;
    private final int maxLength;
    private final boolean text;

    AwardColumn(String jsonName, int maxLength, boolean text) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
        this.text = text;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public boolean isText() {
        return text;
    }

    @Override
    public String labelArea() {
        return "awardio";
    }
}
