package org.conferencedesk.awards.io;

import static org.conferencedesk.awards.io.AwardColumn.AFFILIATION;
import static org.conferencedesk.awards.io.AwardColumn.CATEGORY;
import static org.conferencedesk.awards.io.AwardColumn.CATEGORY_EN;
import static org.conferencedesk.awards.io.AwardColumn.COMMITTEE;
import static org.conferencedesk.awards.io.AwardColumn.DRAW_SEED;
import static org.conferencedesk.awards.io.AwardColumn.KIND;
import static org.conferencedesk.awards.io.AwardColumn.NOMINEE;
import static org.conferencedesk.awards.io.AwardColumn.NOMINEE_KIND;
import static org.conferencedesk.awards.io.AwardColumn.PRIZES;
import static org.conferencedesk.awards.io.AwardColumn.PRIZE_WON;
import static org.conferencedesk.awards.io.AwardColumn.RUNNING_ORDER;
import static org.conferencedesk.awards.io.AwardColumn.RECUSALS;
import static org.conferencedesk.awards.io.AwardColumn.SCORES;
import static org.conferencedesk.awards.io.AwardColumn.TIE_RULE;

import org.conferencedesk.importexport.HeaderVocabulary;

/**
 * The column headers award committees write, in Chinese and English; the columns' labels and JSON
 * names are recognised too. The export's sign-off columns are computed again, never read.
 */
public final class AwardHeaders {

    /** The vocabulary of award headers. */
    public static final HeaderVocabulary<AwardColumn> VOCABULARY = HeaderVocabulary.of(AwardColumn.class)
            .words(CATEGORY, "奖项", "奖项名称", "奖项中文名称", "奖项名称（中文）", "奖项（中文）", "奖项类别名称", "Award",
                    "Award category", "Category", "Award (Chinese)")
            // Not "奖项（英文）" / "Award (English)": a bracketed tail is read as a unit and left off (奖项, Award).
            .words(CATEGORY_EN, "英文名称", "奖项英文名称", "奖项英文名", "英文奖项名称", "Award in English", "English name",
                    "English award name")
            .words(KIND, "奖项类型", "类型", "奖项性质", "Kind", "Award kind", "Type")
            .words(RUNNING_ORDER, "颁奖顺序", "颁奖次序", "顺序", "序号", "出场顺序", "Running order", "Order", "No.")
            .words(TIE_RULE, "并列规则", "同分规则", "同分处理", "平分规则", "Tie rule", "Ties", "Tie-break")
            .words(DRAW_SEED, "抽签种子", "种子", "随机种子", "Draw seed", "Seed")
            .words(PRIZES, "奖次设置", "奖次", "奖次及名额", "名额", "奖励名额", "Prizes", "Prizes and places", "Places")
            .words(COMMITTEE, "评委", "评委会", "评审委员会", "评审专家", "评委名单", "Committee", "Jury", "Judges")
            .words(NOMINEE, "候选", "候选者", "候选名称", "参评对象", "参评名称", "被提名者", "提名", "参评项目", "Nominee",
                    "Nominee name", "Nominee's name")
            .words(NOMINEE_KIND, "候选类型", "参评类型", "提名类型", "Nominee kind", "Nominee type")
            .words(AFFILIATION, "所属单位", "单位", "工作单位", "主办单位", "承办单位", "组织单位", "Organisation",
                    "Organization", "Affiliation", "Organiser", "Organizer")
            .words(PRIZE_WON, "获奖", "获奖等级", "所获奖次", "获奖情况", "获得奖项", "Prize won", "Won", "Award won", "Winner of")
            .words(SCORES, "评分", "评委评分", "打分", "得分", "Scores", "Score")
            .words(RECUSALS, "回避", "评委回避", "回避评委", "回避情况", "Recusals", "Recused", "Recusal")
            // What the export writes beside the columns: the sign-off, computed again, never read.
            .derived("签字确认人", "签字确认时间", "结果哈希", "结果哈希（SHA-256）", "Signed off by", "Signed off at",
                    "Result hash", "Result hash (SHA-256)")
            .build();

    private AwardHeaders() {
    }
}
