package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.conferencedesk.guests.GuestSearch.SearchKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuestSearchTest {

    private static final Map<String, SearchKey> GUESTS = Map.of(
            "张三", SearchKey.of("张三", "Zhang San", "南京智能制造研究院"),
            "张山", SearchKey.of("张山", null, "江苏省工业和信息化厅"),
            "单田芳", SearchKey.of("单田芳", null, "北京曲艺团"),
            "约翰·史密斯", SearchKey.of("约翰·史密斯", "John Smith", "Siemens AG"),
            "José Müller", SearchKey.of("José Müller", "何塞·穆勒", "Bosch"),
            "王芳", SearchKey.of("王芳", "", ""));

    private static List<String> found(String query) {
        Predicate<SearchKey> matcher = GuestSearch.matcher(query);
        return GUESTS.entrySet().stream().filter(e -> matcher.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    @Test
    void keyHoldsFoldedNamesReadingsAndOrganisation() {
        assertThat(SearchKey.of("张三", "Zhang San", "南京智能制造研究院")).isEqualTo(
                new SearchKey("张三\nzhangsan", "zhangsan\nzhangsan", "zs\nzs", "南京智能制造研究院"));
        assertThat(SearchKey.of("王芳", null, null)).isEqualTo(new SearchKey("王芳", "wangfang", "wf", ""));
        assertThat(SearchKey.of(null, null, null)).isEqualTo(new SearchKey("", "", "", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang", "zs", "zhangs", "san", "张", "张三", "ZHANG", "Ｚｈａｎｇ", "zhangsan", "Zhang San"})
    void zhangSanIsFoundByPinyinInitialsCharactersOrOtherName(String query) {
        assertThat(found(query)).contains("张三");
    }

    @Test
    void pinyinPrefixFindsEveryoneWhoseNameStartsThatWay() {
        assertThat(found("zhang")).containsExactly("张三", "张山");
        assertThat(found("zs")).containsExactly("张三", "张山");
        assertThat(found("张三")).containsExactly("张三");
    }

    @Test
    void surnameReadingIsSearchable() {
        assertThat(found("shantian")).containsExactly("单田芳");
        assertThat(found("stf")).containsExactly("单田芳");
    }

    @Test
    void organisationIsSearchedAsASubstring() {
        assertThat(found("智能")).containsExactly("张三");
        assertThat(found("siemens")).containsExactly("约翰·史密斯");
    }

    @Test
    void everyWordOfAQueryMustMatchSomewhere() {
        assertThat(found("zhang 南京")).containsExactly("张三");
        assertThat(found("zhang\u3000江苏")).containsExactly("张山");
        assertThat(found("zhang bosch")).isEmpty();
    }

    @Test
    void middleDotsAccentsAndOtherScriptNameAreFolded() {
        assertThat(found("约翰・史密斯")).containsExactly("约翰·史密斯");
        assertThat(found("约翰．史密斯")).containsExactly("约翰·史密斯");
        assertThat(found("翰史")).containsExactly("约翰·史密斯");
        assertThat(found("john smith")).containsExactly("约翰·史密斯");
        assertThat(found("jose")).containsExactly("José Müller");
        assertThat(found("MULLER")).containsExactly("José Müller");
        assertThat(found("何塞")).containsExactly("José Müller");
        assertThat(found("yhsms")).containsExactly("约翰·史密斯");
    }

    @Test
    void aQueryNeverMatchesAcrossFullNameAndOtherName() {
        // 张三's name key is "张三" + separator + "zhangsan": "三z" must not match across them.
        assertThat(found("三z")).isEmpty();
        assertThat(found("zsz")).isEmpty();
    }

    @Test
    void chineseQueryIsNotMatchedAgainstPinyin() {
        assertThat(found("山")).containsExactly("张山");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u3000", "·"})
    void blankQueryFindsEveryone(String query) {
        assertThat(found(query)).hasSize(GUESTS.size());
    }

    @Test
    void unknownTextFindsNoOne() {
        assertThat(found("xyz")).isEmpty();
        assertThat(found("😀")).isEmpty();
    }
}
