package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Halls, booths, exhibitors and bookings for the hall plan's tests, previews, screenshots and
 * benchmark, saved through the services of an {@link ExhibitorFixture} (WIMC 2020, 26–28 November).
 * The companies are fictional.
 */
public final class HallPlanSamples {

    /** Exhibitors of the sample hall: company name and other-language name. */
    public static final String[][] COMPANIES = {
        {"恒锐智能装备股份有限公司", "Hengrui Intelligent Equipment"},
        {"芯泽集成电路（南京）有限公司", "Xinze Integrated Circuits"},
        {"宁驰新能源汽车科技有限公司", "Ningchi New Energy Vehicles"},
        {"储能时代新能源科技有限公司", "Energy Era Technology"},
        {"云帆工业互联网有限公司", "Yunfan Industrial Internet"},
        {"精航数控机床有限公司", "Jinghang CNC Machine Tools"},
        {"博远传感技术有限公司", "Boyuan Sensing"},
        {"金陵视觉检测科技有限公司", "Jinling Vision Inspection"},
        {"天工激光装备有限公司", "Tiangong Laser"},
        {"中科微联物联网有限公司", "Zhongke Weilian IoT"},
        {"德瑞精密传动有限公司", "Derui Precision Drives"},
        {"Nordwerk Automation GmbH", "北沃自动化"},
        {"Alpine Motion AG", "阿尔派运动控制"},
        {"Lumen Robotics Inc.", "流明机器人"},
        {"𠮷野精工株式会社", "Yoshino Seiko"},
        {"江北新区智能制造研究院", "Jiangbei Institute of Intelligent Manufacturing"},
        {"秦淮数字孪生科技有限公司", "Qinhuai Digital Twin"},
        {"紫金山工业软件有限公司", "Zijinshan Industrial Software"},
        {"玄武智慧物流装备有限公司", "Xuanwu Smart Logistics"},
        {"栖霞增材制造有限公司", "Qixia Additive Manufacturing"},
    };

    private HallPlanSamples() {
    }

    /** The sample exhibitors, saved (on site; every third one paid, the tenth cloud-only). */
    public static List<Exhibitor> exhibitors(ExhibitorFixture f) {
        List<Exhibitor> saved = new ArrayList<>();
        for (int i = 0; i < COMPANIES.length; i++) {
            Exhibitor e = new Exhibitor(null, f.eventId, COMPANIES[i][0], COMPANIES[i][1], null, null,
                    i == 9 ? ExhibitionMode.CLOUD : ExhibitionMode.ON_SITE, null, null, null, null, null, null,
                    i % 3 == 0 ? PaymentStatus.PAID : PaymentStatus.INVOICED, null, null);
            saved.add(f.service.save(e));
        }
        return saved;
    }

    /**
     * Hall 5 (5号馆), 60 m × 36 m, with 3 m × 3 m standard booths in rows (5A01 …) and three raw
     * spaces (5R01 …), 63 booths; half of them booked by {@code exhibitors} for the whole event,
     * one for its first day only.
     */
    public static Hall hall5(ExhibitorFixture f, List<Exhibitor> exhibitors) {
        Hall hall = f.booths.saveHall(Hall.of(f.eventId, "5", "5号馆").withSize(new BigDecimal("60"), new BigDecimal("36")));
        List<Booth> booths = new ArrayList<>();
        booths.addAll(row(f, hall, "5A", 10, 3, 2, 3));
        booths.addAll(row(f, hall, "5B", 12, 3, 10, 3));
        booths.addAll(row(f, hall, "5C", 12, 3, 13, 3));
        booths.addAll(row(f, hall, "5D", 8, 3, 20, 4.5));
        booths.addAll(row(f, hall, "5E", 8, 3, 23, 4.5));
        booths.addAll(row(f, hall, "5F", 10, 3, 31, 3));
        booths.add(raw(f, hall, "5R01", 42, 2, 14, 9));
        booths.add(raw(f, hall, "5R02", 42, 14, 15, 9));
        booths.add(raw(f, hall, "5R03", 42, 26, 15, 8));
        List<Exhibitor> onSite = exhibitors.stream().filter(e -> e.mode().holdsBooths()).toList();
        int next = 0;
        for (int i = 0; i < booths.size(); i++) {
            if (i % 2 == 0 && i % 7 != 6) {
                Exhibitor holder = onSite.get(next++ % onSite.size());
                f.booths.book(f.eventId, booths.get(i).id(), holder.id(), ExhibitorFixture.DAY1,
                        i == 4 ? ExhibitorFixture.DAY1 : ExhibitorFixture.DAY3);
            }
        }
        return hall;
    }

    /**
     * A hall of {@code count} standard booths, 3 m × 3 m, in blocks of two rows back to back and ten
     * booths a row, 3 m aisles between blocks and between every ten booths (codes "H001" …), to size.
     */
    public static Hall grid(ExhibitorFixture f, String code, int count) {
        int perRow = 20;
        int rows = (count + perRow - 1) / perRow;
        double width = 3 + perRow * 3 + (perRow / 10 - 1) * 3 + 3;
        double depth = 3 + rows * 3 + ((rows + 1) / 2 - 1) * 3 + 3;
        Hall hall = f.booths.saveHall(Hall.of(f.eventId, code, code + "号馆")
                .withSize(BigDecimal.valueOf(width), BigDecimal.valueOf(depth)));
        for (int i = 0; i < count; i++) {
            int row = i / perRow;
            int col = i % perRow;
            double x = 3 + col * 3 + (col / 10) * 3;
            double y = 3 + row * 3 + (row / 2) * 3;
            Booth booth = Booth.of(f.eventId, hall.id(), String.format("%s%03d", code, i + 1), BoothKind.STANDARD,
                    new BigDecimal("9")).withPlace(new BoothPlace(BigDecimal.valueOf(x), BigDecimal.valueOf(y),
                    new BigDecimal("3"), new BigDecimal("3")));
            f.booths.saveBooth(booth);
        }
        return hall;
    }

    private static List<Booth> row(ExhibitorFixture f, Hall hall, String prefix, int count, double startX, double y, double width) {
        List<Booth> row = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = startX + i * width;
            Booth booth = Booth.of(f.eventId, hall.id(), String.format("%s%02d", prefix, i + 1), BoothKind.STANDARD,
                    BigDecimal.valueOf(width * 3).setScale(2))
                    .withPlace(new BoothPlace(BigDecimal.valueOf(x), BigDecimal.valueOf(y), BigDecimal.valueOf(width),
                            new BigDecimal("3")))
                    .withCorner(i == 0 || i == count - 1);
            row.add(f.booths.saveBooth(booth));
        }
        return row;
    }

    private static Booth raw(ExhibitorFixture f, Hall hall, String code, double x, double y, double w, double d) {
        return f.booths.saveBooth(Booth.of(f.eventId, hall.id(), code, BoothKind.RAW_SPACE,
                BigDecimal.valueOf(w * d).setScale(2)).withPlace(new BoothPlace(BigDecimal.valueOf(x), BigDecimal.valueOf(y),
                BigDecimal.valueOf(w), BigDecimal.valueOf(d))));
    }
}
