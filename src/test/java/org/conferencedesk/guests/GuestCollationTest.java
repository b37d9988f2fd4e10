package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.CollationKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GuestCollationTest {

    @Test
    void chineseNamesSortByPinyinNotByCodePoint() {
        List<String> names = new ArrayList<>(List.of("张三", "李四", "王五", "阿明", "赵六"));
        List<String> byCodePoint = new ArrayList<>(names);
        byCodePoint.sort(Comparator.naturalOrder());

        names.sort(GuestCollation.names());

        assertThat(names).containsExactly("阿明", "李四", "王五", "张三", "赵六");
        assertThat(byCodePoint).containsExactly("张三", "李四", "王五", "赵六", "阿明");
    }

    @Test
    void chineseNamesComeBeforeLatinNamesWhichSortIgnoringCaseAndAccents() {
        List<String> names = new ArrayList<>(List.of("Zoe", "bob", "张三", "Émile", "Alice", "安娜", "Wang Wei", "Eve"));
        names.sort(GuestCollation.names());
        assertThat(names).containsExactly("安娜", "张三", "Alice", "bob", "Émile", "Eve", "Wang Wei", "Zoe");
    }

    @Test
    void nullAndBlankNamesComeLast() {
        List<String> names = new ArrayList<>(Arrays.asList(null, "张三", " ", "Alice", "", "阿明"));
        names.sort(GuestCollation.names());
        assertThat(names.subList(0, 3)).containsExactly("阿明", "张三", "Alice");
        assertThat(names.subList(3, 6)).allMatch(n -> n == null || n.isBlank());
        assertThat(GuestCollation.names().compare(null, "")).isZero();
    }

    @Test
    void sortKeysGiveTheSameOrderAsTheComparator() {
        String[] pool = {"张三", "李四", "王五", "阿明", "赵六", "欧阳娜娜", "单田芳", "Alice", "bob", "Émile", "𠮷野家",
            "😀", "", " ", null, "張三", "zhang san"};
        Random random = new Random(4);
        for (int round = 0; round < 200; round++) {
            String a = pool[random.nextInt(pool.length)];
            String b = pool[random.nextInt(pool.length)];
            assertThat(Integer.signum(GuestCollation.sortKey(a).compareTo(GuestCollation.sortKey(b))))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(GuestCollation.names().compare(a, b)));
        }
    }

    @Test
    void sortingByKeysPutsBlankLastAndKeepsTheName() {
        List<CollationKey> keys = new ArrayList<>();
        for (String name : Arrays.asList("赵六", null, "阿明", "Zoe")) {
            keys.add(GuestCollation.sortKey(name));
        }
        keys.sort(Comparator.naturalOrder());
        assertThat(keys.stream().map(CollationKey::getSourceString)).containsExactly("阿明", "赵六", "Zoe", "\uFFFF");
    }
}
