package org.conferencedesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.guests.Pinyin;

/**
 * A registration list for benchmarks: {@code n} fictional guests with every field a real list has
 * (Chinese names from common surnames and given-name characters with their pinyin as the other
 * name, a title, an organisation of 8–14 characters, country, category, VIP level for some,
 * e-mail and phone for most, a host), and a few foreign names with a middle dot. Seeded: the same
 * list every run.
 */
final class BenchGuests {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文博志强海燕晓峰雅琴宇婷浩然思远子涵欣怡俊杰梓萱浩宇一诺";
    private static final String[] PLACES = {"南京", "苏州", "无锡", "常州", "上海", "杭州", "合肥", "北京", "深圳", "武汉", "西安", "成都"};
    private static final String[] KINDS = {"智能制造研究院", "机器人有限公司", "集成电路股份有限公司", "工业互联网有限公司", "大学机械工程学院",
        "市工业和信息化局", "新能源汽车科技有限公司", "数控机床有限公司", "日报社", "软件园发展有限公司"};
    private static final String[] TITLES = {"董事长", "总经理", "教授", "研究员", "副主任", "处长", "首席科学家", "技术总监", "记者", "院士"};
    private static final String[] FOREIGN = {"约翰·史密斯", "玛丽亚·加西亚", "汉斯·穆勒", "弗朗索瓦·勒克莱尔", "安娜·卡列尼娜"};
    private static final String[] FOREIGN_LATIN = {"John Smith", "María García", "Hans Müller", "François Leclerc", "Anna Karenina"};

    private BenchGuests() {
    }

    static List<Guest> generate(long eventId, int n) {
        Random random = new Random(20201126);
        Pinyin pinyin = Pinyin.instance();
        List<Guest> guests = new ArrayList<>(n);
        GuestCategory[] categories = GuestCategory.values();
        InvitationStatus[] states = InvitationStatus.values();
        for (int i = 0; i < n; i++) {
            String name;
            String other;
            if (i % 50 == 7) {
                int f = random.nextInt(FOREIGN.length);
                name = FOREIGN[f];
                other = FOREIGN_LATIN[f];
            } else {
                StringBuilder b = new StringBuilder();
                b.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                if (random.nextBoolean()) {
                    b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
                }
                name = b.toString();
                other = capitalise(pinyin.read(name).full());
            }
            String organisation = PLACES[random.nextInt(PLACES.length)] + (char) ('甲' + random.nextInt(10))
                    + KINDS[random.nextInt(KINDS.length)];
            String phone = random.nextInt(10) < 8 ? "13" + (100_000_000 + random.nextInt(899_999_999)) : null;
            String email = random.nextInt(10) < 6 ? "guest" + i + "@example.cn" : null;
            Instant checkedIn = random.nextInt(10) < 3 ? Instant.parse("2020-11-26T00:30:00Z").plusSeconds(i) : null;
            guests.add(new Guest(null, eventId, name, other, TITLES[random.nextInt(TITLES.length)], organisation,
                    "中国", categories[random.nextInt(categories.length)], random.nextInt(10) == 0 ? "A" : null,
                    random.nextInt(5) == 0 ? Attendance.ONLINE : Attendance.ON_SITE, states[random.nextInt(states.length)],
                    checkedIn, email, phone, "会务组" + (i % 20), null));
        }
        return guests;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
