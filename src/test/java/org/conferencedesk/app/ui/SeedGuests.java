package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;

/**
 * Adds about 40 realistic, fictional guests (academicians, experts, enterprise representatives,
 * officials, media; Chinese names and a few foreign ones with ·) to the first event of a database,
 * some of them checked in on the morning of 2020-11-26, for looking at the guests screen:
 * {@code SeedGuests DBFILE} (after {@link SeedSample}).
 */
public final class SeedGuests {

    private SeedGuests() {
    }

    /** The guests, for {@code eventId}. */
    static List<Guest> guests(long eventId) {
        String[][] rows = {
            // name, other name, title, organisation, country, category, vip, attendance, status, email, phone, host
            {"王建国", "Wang Jianguo", "中国工程院院士", "东南大学", "中国", "ACADEMICIAN", "A", "ON_SITE", "CONFIRMED", "wang.jg@seu.example.cn", "+86 25 8379 0001", "李秘书"},
            {"陈立新", "Chen Lixin", "中国科学院院士", "南京大学", "中国", "ACADEMICIAN", "A", "ON_SITE", "CONFIRMED", "chenlx@nju.example.cn", "", "李秘书"},
            {"刘振华", "Liu Zhenhua", "中国工程院院士", "清华大学", "中国", "ACADEMICIAN", "A", "ON_SITE", "CONFIRMED", "", "", "周处长"},
            {"赵德明", "Zhao Deming", "中国工程院院士", "哈尔滨工业大学", "中国", "ACADEMICIAN", "A", "ONLINE", "CONFIRMED", "", "", "周处长"},
            {"孙慧敏", "Sun Huimin", "中国科学院院士", "中国科学院自动化研究所", "中国", "ACADEMICIAN", "A", "ON_SITE", "INVITED", "", "", "李秘书"},
            {"阿明", "A Ming", "首席科学家", "江苏省产业技术研究院", "中国", "EXPERT", "B", "ON_SITE", "CONFIRMED", "aming@jitri.example.cn", "13905140011", "吴干事"},
            {"李思远", "Li Siyuan", "教授、博士生导师", "南京航空航天大学", "中国", "EXPERT", "B", "ON_SITE", "CONFIRMED", "", "13814050022", "吴干事"},
            {"张三", "Zhang San", "研究员", "南京智能制造研究院", "中国", "EXPERT", "B", "ON_SITE", "CONFIRMED", "zhangsan@example.cn", "13800138000", "吴干事"},
            {"张珊", "Zhang Shan", "副教授", "河海大学", "中国", "EXPERT", "", "ONLINE", "INVITED", "", "", "吴干事"},
            {"周文博", "Zhou Wenbo", "主任", "工业互联网产业联盟", "中国", "EXPERT", "B", "ON_SITE", "CONFIRMED", "", "", "周处长"},
            {"吴晓峰", "Wu Xiaofeng", "总工程师", "中国信息通信研究院", "中国", "EXPERT", "B", "ON_SITE", "DECLINED", "", "", "周处长"},
            {"郑雅琴", "Zheng Yaqin", "教授", "东南大学机械工程学院", "中国", "EXPERT", "", "ON_SITE", "CONFIRMED", "", "", "吴干事"},
            {"冯志强", "Feng Zhiqiang", "研究员", "中国电子技术标准化研究院", "中国", "EXPERT", "", "ONLINE", "CONFIRMED", "", "", "吴干事"},
            {"黄明远", "Huang Mingyuan", "院长", "南京理工大学智能制造学院", "中国", "EXPERT", "B", "ON_SITE", "INVITED", "", "", "吴干事"},
            {"约翰·史密斯", "John Smith", "Chief Technology Officer", "Acme Robotics GmbH", "德国", "EXPERT", "B", "ON_SITE", "CONFIRMED", "john.smith@acme-robotics.example", "+49 30 1234 5678", "陈翻译"},
            {"玛丽亚·加西亚", "María García", "Directora de Innovación", "Industrias Ibéricas S.A.", "西班牙", "EXPERT", "", "ONLINE", "CONFIRMED", "", "", "陈翻译"},
            {"弗朗索瓦·勒克莱尔", "François Leclerc", "Président", "Lumière Automation", "法国", "ENTERPRISE_REPRESENTATIVE", "B", "ON_SITE", "INVITED", "", "", "陈翻译"},
            {"田中健一", "Tanaka Ken'ichi", "代表取締役", "東和精機株式会社", "日本", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "CONFIRMED", "", "", "陈翻译"},
            {"钱卫东", "Qian Weidong", "董事长", "华东机器人有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "A", "ON_SITE", "CONFIRMED", "", "13705160033", "马经理"},
            {"何丽娟", "He Lijuan", "总经理", "金陵智能装备股份有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "B", "ON_SITE", "CONFIRMED", "", "", "马经理"},
            {"罗志刚", "Luo Zhigang", "副总裁", "长江集成电路有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "B", "ON_SITE", "CONFIRMED", "", "", "马经理"},
            {"高远", "Gao Yuan", "首席执行官", "江北新能源汽车科技有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "INVITED", "", "", "马经理"},
            {"林静", "Lin Jing", "市场总监", "苏南工业软件有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ONLINE", "CONFIRMED", "", "", "马经理"},
            {"谢国栋", "Xie Guodong", "总经理", "紫金云计算有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "NOT_INVITED", "", "", "马经理"},
            {"韩冰", "Han Bing", "技术总监", "秦淮数控机床有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "CONFIRMED", "", "", "马经理"},
            {"唐海燕", "Tang Haiyan", "副总经理", "栖霞智能物流有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "DECLINED", "", "", "马经理"},
            {"许文杰", "Xu Wenjie", "董事长", "雨花软件园发展有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "B", "ON_SITE", "CONFIRMED", "", "", "马经理"},
            {"邓晓琳", "Deng Xiaolin", "总裁", "江宁工业互联网有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "INVITED", "", "", "马经理"},
            {"曹宇", "Cao Yu", "创始人", "浦口机器视觉有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ONLINE", "CONFIRMED", "", "", "马经理"},
            {"彭立", "Peng Li", "总经理", "溧水智能家电有限公司", "中国", "ENTERPRISE_REPRESENTATIVE", "", "ON_SITE", "CONFIRMED", "", "", "马经理"},
            {"汉斯·穆勒", "Hans Müller", "Managing Director", "Müller Antriebstechnik AG", "德国", "ENTERPRISE_REPRESENTATIVE", "B", "ON_SITE", "CONFIRMED", "h.mueller@example.de", "", "陈翻译"},
            {"李四", "Li Si", "处长", "江苏省工业和信息化厅", "中国", "GOVERNMENT_OFFICIAL", "A", "ON_SITE", "CONFIRMED", "", "", "周处长"},
            {"王五", "Wang Wu", "副主任", "南京市工业和信息化局", "中国", "GOVERNMENT_OFFICIAL", "A", "ON_SITE", "CONFIRMED", "", "", "周处长"},
            {"赵六", "Zhao Liu", "副区长", "南京市江宁区人民政府", "中国", "GOVERNMENT_OFFICIAL", "B", "ON_SITE", "INVITED", "", "", "周处长"},
            {"马晓东", "Ma Xiaodong", "司长", "工业和信息化部装备工业一司", "中国", "GOVERNMENT_OFFICIAL", "A", "ONLINE", "CONFIRMED", "", "", "周处长"},
            {"胡蓉", "Hu Rong", "记者", "新华日报", "中国", "MEDIA", "", "ON_SITE", "CONFIRMED", "", "13951000044", "宣传组"},
            {"袁野", "Yuan Ye", "主编", "中国工业报", "中国", "MEDIA", "", "ON_SITE", "CONFIRMED", "", "", "宣传组"},
            {"蒋雯", "Jiang Wen", "主持人", "江苏广播电视总台", "中国", "MEDIA", "", "ON_SITE", "INVITED", "", "", "宣传组"},
            {"沈青", "Shen Qing", "志愿者协调", "南京大学学生会", "中国", "OTHER", "", "ON_SITE", "NOT_INVITED", "", "", "吴干事"},
            {"欧阳明月", "Ouyang Mingyue", "研究员", "江苏省社会科学院", "中国", "OTHER", "", "ONLINE", "NOT_INVITED", "", "", "吴干事"},
        };
        List<Guest> guests = new ArrayList<>();
        int i = 0;
        for (String[] r : rows) {
            // The morning of the opening day in Nanjing (UTC+8): every third confirmed guest on site is in.
            Instant in = "CONFIRMED".equals(r[8]) && "ON_SITE".equals(r[7]) && i % 3 == 0
                    ? Instant.parse("2020-11-26T00:40:00Z").plusSeconds(97L * i) : null;
            guests.add(new Guest(null, eventId, r[0], blank(r[1]), blank(r[2]), blank(r[3]), blank(r[4]),
                    GuestCategory.valueOf(r[5]), blank(r[6]), Attendance.valueOf(r[7]), InvitationStatus.valueOf(r[8]),
                    in, blank(r[9]), blank(r[10]), blank(r[11]), null));
            i++;
        }
        return guests;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Adds the guests to the first event of {@code args[0]}. */
    public static void main(String[] args) {
        try (AppContext context = AppContext.openFile(Path.of(args[0]))) {
            Event event = context.events().list().get(0);
            int n = context.guests().addAll(event.id(), guests(event.id()), "SeedGuests");
            System.out.println("Added " + n + " guests to " + event.name());
        }
    }
}
