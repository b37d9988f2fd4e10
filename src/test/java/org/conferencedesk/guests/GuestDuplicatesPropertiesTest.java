package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;

/** Presentation never changes who is grouped with whom. */
class GuestDuplicatesPropertiesTest {

    /** Real-looking names, some the same person, some only alike (张三/张山, 王芳/汪芳, 張三/张三). */
    private static final List<String> NAMES = List.of("张三", "张三", "張三", "张山", "王芳", "汪芳", "王芳", "约翰·史密斯",
            "约翰史密斯", "José Núñez", "Jose Nunez", "Zhang San", "李娜", "Li Na", "山田𠮷子", "玛丽亚·何塞·加西亚", "欧阳娜娜");

    /** What may be inserted anywhere in a name without changing the person. */
    private static final List<String> NOISE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", " ", "\u3000",
            "\u00A0", "\t", "·", "・", "•", "‧", "･", "．", ".");

    record Insertion(int guest, int position, String noise) {
    }

    /** 1 to 12 insertions of one piece of noise, into any guest's name, at any position. */
    private static Gen<List<Insertion>> insertions() {
        Gen<Integer> guest = Gens.integers(0, NAMES.size() - 1);
        Gen<Integer> position = Gens.integers(0, 20);
        Gen<String> noise = Gens.of(NOISE);
        Gen<Insertion> one = Gen.of(r -> new Insertion(guest.next(r), position.next(r), noise.next(r)));
        return Gens.lists(one, 1, 12);
    }

    @Test
    void insertingZeroWidthCharactersSpacesOrMiddleDotsNeverChangesTheGroups() {
        Property.check(1000, insertions(), GuestDuplicatesPropertiesTest::noiseNeverChangesTheGroups);
    }

    private static void noiseNeverChangesTheGroups(List<Insertion> insertions) {
        List<Guest> plain = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            plain.add(Guest.named(1, NAMES.get(i)).withId((long) i));
        }
        List<String> noisy = new ArrayList<>(NAMES);
        for (Insertion insertion : insertions) {
            noisy.set(insertion.guest(), insert(noisy.get(insertion.guest()), insertion.position(), insertion.noise()));
        }
        List<Guest> written = new ArrayList<>();
        for (int i = 0; i < noisy.size(); i++) {
            written.add(Guest.named(1, noisy.get(i)).withId((long) i));
        }

        assertThat(idsOf(GuestDuplicates.find(written))).isEqualTo(idsOf(GuestDuplicates.find(plain)));
    }

    /** Inserts at a code-point boundary (never inside a surrogate pair such as 𠮷). */
    private static String insert(String name, int position, String noise) {
        int codePoints = name.codePointCount(0, name.length());
        int at = name.offsetByCodePoints(0, position % (codePoints + 1));
        return name.substring(0, at) + noise + name.substring(at);
    }

    private static List<List<Long>> idsOf(List<GuestDuplicates.Group> groups) {
        return groups.stream().map(g -> g.guests().stream().map(Guest::id).toList()).toList();
    }
}
