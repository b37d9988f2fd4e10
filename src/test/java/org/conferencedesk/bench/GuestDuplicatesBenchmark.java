package org.conferencedesk.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.InvitationStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding duplicates among 100,000 guests ({@link GuestDuplicates#find}), and matching an import of
 * 100,000 rows against 100,000 existing guests ({@link GuestDuplicates#matchIncoming}), as the
 * duplicate review and every import do. The floor: grouping the same guests by their name exactly
 * as written in one HashMap (no folding, no e-mail or phone), i.e. what the work costs without the
 * rules.
 *
 * <p>Guests are generated with a fixed seed: Chinese names (one of 100 surnames and one or two of
 * 67 given characters, so common names repeat as in real lists), about 5% foreign names with a
 * middle dot (30 × 30 first and last names), an e-mail and a mobile number each; about 1% are the
 * same person again, written differently (a space inside, another middle dot or none, a zero-width
 * space, an ideographic space in front; the e-mail in capitals or left out; the phone with +86 and
 * dashes or left out).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class GuestDuplicatesBenchmark {

    static final int GUESTS = 100_000;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国志强文辉海燕鹏飞晓东春梅金凤云龙小红宇航子涵浩然欣怡梓萱思远嘉怡俊杰雨泽一鸣";
    private static final String[] FIRST = {"约翰", "玛丽亚", "彼得", "安娜", "让", "詹姆斯", "穆罕默德", "卡洛斯", "奥尔加", "汉斯",
        "托马斯", "伊丽莎白", "保罗", "索菲亚", "迈克尔", "艾玛", "大卫", "露西", "亚历山大", "克拉拉", "马克", "朱莉娅", "路易斯",
        "伊娃", "弗兰克", "劳拉", "乔治", "莎拉", "维克多", "海伦"};
    private static final String[] LAST = {"史密斯", "加西亚", "穆勒", "科瓦尔斯基", "杜邦", "布朗", "阿里", "席尔瓦", "伊万诺娃",
        "施密特", "约翰逊", "马丁", "罗西", "费舍尔", "韦伯", "贝克", "霍夫曼", "莫罗", "勒鲁", "洛佩兹", "冈萨雷斯", "佩雷斯",
        "安德森", "汤普森", "怀特", "哈里斯", "克拉克", "刘易斯", "沃克", "扬"};
    private static final String[] DOTS = {"・", "•", "‧", "･", ""};

    private List<Guest> existing;
    private List<Guest> incoming;
    private java.util.Set<org.conferencedesk.guests.GuestPair> namesakesMarked;
    private int duplicatesWritten;

    @Setup
    public void generate() {
        existing = generate(new SplittableRandom(20201126L), 0);
        incoming = generate(new SplittableRandom(20211020L), GUESTS);
        // The import: another 100,000 people, 1% of them people already on the list, written differently.
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < GUESTS / 100; i++) {
            int at = random.nextInt(GUESTS);
            incoming.set(at, writtenDifferently(existing.get(random.nextInt(GUESTS)), random, GUESTS + at));
        }
        List<GuestDuplicates.Group> groups = GuestDuplicates.find(existing);
        List<GuestDuplicates.Match> matches = GuestDuplicates.matchIncoming(existing, incoming);
        // The committee said "not the same person" to every same-name-only group: every pair of each.
        namesakesMarked = new java.util.HashSet<>();
        for (GuestDuplicates.Group group : groups) {
            if (group.nameOnly()) {
                namesakesMarked.addAll(org.conferencedesk.guests.GuestPair.allAmong(group.guests().stream().map(Guest::id).toList()));
            }
        }
        System.out.printf(Locale.ROOT, "%nEvery same-name-only group marked \"not the same person\": %,d pairs; find then gives "
                + "%,d groups%n", namesakesMarked.size(), GuestDuplicates.find(existing, namesakesMarked).size());
        System.out.printf(Locale.ROOT, "%n%,d guests (%,d written again differently): %,d groups (%,d by e-mail or phone, "
                        + "%,d same name only, largest %,d); %,d of %,d incoming match (%,d by e-mail or phone)%n",
                existing.size(), duplicatesWritten, groups.size(), groups.stream().filter(g -> !g.nameOnly()).count(),
                groups.stream().filter(GuestDuplicates.Group::nameOnly).count(),
                groups.stream().mapToInt(g -> g.guests().size()).max().orElse(0),
                matches.size(), incoming.size(), matches.stream().filter(m -> !m.nameOnly()).count());
    }

    private List<Guest> generate(SplittableRandom random, long firstId) {
        List<Guest> guests = new ArrayList<>(GUESTS);
        for (int i = 0; i < GUESTS; i++) {
            if (i > 0 && random.nextInt(100) == 0) {
                guests.add(writtenDifferently(guests.get(random.nextInt(i)), random, firstId + i));
                if (firstId == 0) {
                    duplicatesWritten++;
                }
                continue;
            }
            String name = random.nextInt(20) == 0 ? FIRST[random.nextInt(FIRST.length)] + "·" + LAST[random.nextInt(LAST.length)]
                    : SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given(random);
            String email = "guest" + (firstId + i) + "@example.com";
            String phone = "1" + (30 + random.nextInt(70)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
            guests.add(guest(firstId + i, name, email, phone));
        }
        return guests;
    }

    private static String given(SplittableRandom random) {
        String one = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return random.nextInt(3) == 0 ? one : one + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    /** The same person typed again by someone else: spacing, width, middle dot, zero-width, case, phone format. */
    private static Guest writtenDifferently(Guest g, SplittableRandom random, long id) {
        String name = g.fullName();
        switch (random.nextInt(4)) {
            case 0 -> name = name.charAt(0) + " " + name.substring(1);
            case 1 -> name = name.replace("·", DOTS[random.nextInt(DOTS.length)]);
            case 2 -> name = name.charAt(0) + "\u200B" + name.substring(1);
            default -> name = "\u3000" + name;
        }
        String email = g.email() != null && random.nextBoolean() ? g.email().toUpperCase(Locale.ROOT) : null;
        String phone = g.phone() == null || g.phone().length() != 11 ? g.phone()
                : "+86 " + g.phone().substring(0, 3) + "-" + g.phone().substring(3, 7) + "-" + g.phone().substring(7);
        return guest(id, name, email, random.nextBoolean() ? phone : null);
    }

    private static Guest guest(long id, String name, String email, String phone) {
        return new Guest(id, 1, name, null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, email, phone, null, null);
    }

    /** The duplicate review: groups among 100,000 guests. */
    @Benchmark
    public List<GuestDuplicates.Group> find() {
        return GuestDuplicates.find(existing);
    }

    /**
     * The duplicate review after the committee said "not the same person" to every same-name-only
     * group: the same 100,000 guests with every pair of namesakes marked distinct.
     */
    @Benchmark
    public List<GuestDuplicates.Group> findWithNamesakesMarkedDistinct() {
        return GuestDuplicates.find(existing, namesakesMarked);
    }

    /** An import's duplicate check: 100,000 incoming rows against 100,000 guests. */
    @Benchmark
    public List<GuestDuplicates.Match> matchIncoming() {
        return GuestDuplicates.matchIncoming(existing, incoming);
    }

    /** The keys alone ({@code PersonNames}: name, e-mail, phone) of 100,000 guests: the part of find() spent folding. */
    @Benchmark
    public void keysOnly(org.openjdk.jmh.infra.Blackhole sink) {
        for (Guest g : existing) {
            sink.consume(org.conferencedesk.guests.PersonNames.comparisonKey(g.fullName()));
            sink.consume(org.conferencedesk.guests.PersonNames.emailKey(g.email()));
            sink.consume(org.conferencedesk.guests.PersonNames.phoneKey(g.phone()));
        }
    }

    /** Floor: 100,000 guests grouped by the name exactly as written (one HashMap, no rules). */
    @Benchmark
    public int floorExactNames() {
        Map<String, List<Guest>> byName = new HashMap<>(GUESTS * 2);
        for (Guest g : existing) {
            byName.computeIfAbsent(g.fullName(), k -> new ArrayList<>(1)).add(g);
        }
        int groups = 0;
        for (List<Guest> same : byName.values()) {
            if (same.size() > 1) {
                groups++;
            }
        }
        return groups;
    }
}
